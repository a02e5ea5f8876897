import type { CommanderError } from "commander";
import { clip, echo } from "../echo.js";
import { inEachLanguage, type Message, message, sayMessage } from "../messages/index.js";

type Rule = { match: RegExp; say: (m: RegExpExecArray) => Message };

const quoted = (m: RegExpExecArray, i: number) => clip(m[i] ?? "");
const suggestion = (m: RegExpExecArray) => (m[2] ? { suggestion: m[2] } : {});

// commander words its errors in English only: each is read back into a catalogue message, quoting the user's text safely.
const RULES: Rule[] = [
  {
    match: /^error: unknown option '([\s\S]*?)'(?:\n\(Did you mean (.+)\?\))?$/,
    say: (m) => message("usage/unknown-option", { option: quoted(m, 1), ...suggestion(m) }),
  },
  {
    match: /^error: unknown command '([\s\S]*?)'(?:\n\(Did you mean (.+)\?\))?$/,
    say: (m) => message("usage/unknown-command", { command: quoted(m, 1), ...suggestion(m) }),
  },
  {
    match: /^error: missing required argument '(.+)'$/,
    say: (m) => message("usage/missing-argument", { name: quoted(m, 1) }),
  },
  {
    match: /^error: option '(.+)' argument missing$/,
    say: (m) => message("usage/option-needs-value", { option: quoted(m, 1) }),
  },
  {
    match: /^error: option '(.+)' argument '([\s\S]*)' is invalid\. Allowed choices are (.+)\.$/,
    say: (m) =>
      message("usage/option-choice", { option: quoted(m, 1), value: echo(m[2]), choices: m[3] ?? "" }),
  },
  {
    match: /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    say: (m) =>
      message("usage/too-many-arguments", {
        ...(m[1] ? { command: quoted(m, 1) } : {}),
        expected: m[2] ?? "",
        got: m[3] ?? "",
      }),
  },
];

/** A commander usage error in both languages, without commander's `error: ` prefix. */
export function commanderMessage(e: CommanderError): { zh: string; en: string } {
  for (const rule of RULES) {
    const m = rule.match.exec(e.message);
    if (m) {
      const said = rule.say(m);
      return inEachLanguage((lang) => sayMessage(lang, said));
    }
  }
  const en = e.message.replace(/^error: /, "");
  return { en, zh: en };
}
