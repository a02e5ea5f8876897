import type { CommanderError } from "commander";
import type { Bilingual } from "../diagnostics.js";
import { clip, echo } from "../echo.js";

type Rule = { match: RegExp; say: (m: RegExpExecArray) => Bilingual };

// commander words its errors in English; these say the same in Chinese, quoting the user's text safely.
const RULES: Rule[] = [
  {
    match: /^error: unknown option '([\s\S]*?)'(?:\n\(Did you mean (.+)\?\))?$/,
    say: (m) => ({
      en: `unknown option '${clip(m[1] ?? "")}'${m[2] ? ` (did you mean ${m[2]}?)` : ""}`,
      zh: `未知选项 '${clip(m[1] ?? "")}'${m[2] ? `（是否想用 ${m[2]}？）` : ""}`,
    }),
  },
  {
    match: /^error: unknown command '([\s\S]*?)'(?:\n\(Did you mean (.+)\?\))?$/,
    say: (m) => ({
      en: `unknown command '${clip(m[1] ?? "")}'${m[2] ? ` (did you mean ${m[2]}?)` : ""}`,
      zh: `未知命令 '${clip(m[1] ?? "")}'${m[2] ? `（是否想用 ${m[2]}？）` : ""}`,
    }),
  },
  {
    match: /^error: missing required argument '(.+)'$/,
    say: (m) => ({ en: `missing required argument '${m[1]}'`, zh: `缺少必需的参数 '${m[1]}'` }),
  },
  {
    match: /^error: option '(.+)' argument missing$/,
    say: (m) => ({ en: `option '${m[1]}' needs a value`, zh: `选项 '${m[1]}' 需要一个值` }),
  },
  {
    match: /^error: option '(.+)' argument '([\s\S]*)' is invalid\. Allowed choices are (.+)\.$/,
    say: (m) => ({
      en: `option '${m[1]}': ${echo(m[2])} is not allowed; use one of ${m[3]}`,
      zh: `选项 '${m[1]}' 的值 ${echo(m[2])} 无效，可选值：${m[3]}`,
    }),
  },
  {
    match: /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    say: (m) => ({
      en: `too many arguments${m[1] ? ` for '${m[1]}'` : ""}: expected ${m[2]}, got ${m[3]}`,
      zh: `${m[1] ? `'${m[1]}' 的` : ""}参数过多：应为 ${m[2]} 个，实际 ${m[3]} 个`,
    }),
  },
];

/** A commander usage error in both languages, without commander's `error: ` prefix. */
export function commanderMessage(e: CommanderError): Bilingual {
  for (const rule of RULES) {
    const m = rule.match.exec(e.message);
    if (m) return rule.say(m);
  }
  const en = e.message.replace(/^error: /, "");
  return { en, zh: en };
}
