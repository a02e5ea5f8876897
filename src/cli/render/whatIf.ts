import Big from "big.js";
import type { Value } from "../../expr/values.js";
import { say } from "../../messages/index.js";
import type { ParameterOverride } from "../../rules/overrides.js";
import { valueAt } from "../../rules/parameters.js";
import type { Program } from "../../rules/program.js";
import type { Lang } from "../i18n.js";
import { isoDateWords, outcomeWords } from "./plain/words.js";

/** One value a what-if (`--param`) changed: what the rules say and what was supposed, from when. */
export interface WhatIfChange {
  readonly program: string;
  readonly parameter: string;
  /** The rules' value (absent when they have none on that date) and the supposed one. */
  readonly from?: Value;
  readonly to?: Value;
  /** A dated what-if that starts after the as-of date: the first date it applies. */
  readonly since?: string;
  /** The change in words: `宁夏失业补助金·第一档比例：80% → 90%`. */
  readonly text: string;
}

/**
 * The values a run's `--param` changed, each on the as-of date, or on its own date when it starts later: said at
 * the head and in the summary of every view, so that a hypothetical calculation is never read as a decision.
 */
export function whatIfChanges(
  rules: ReadonlyMap<string, Program>,
  changed: ReadonlyMap<string, Program>,
  overrides: readonly ParameterOverride[],
  asOf: string,
  lang: Lang,
): WhatIfChange[] {
  return overrides.flatMap((o) => {
    const program = changed.get(o.program);
    const after = program?.parameters.get(o.parameter);
    if (!program || !after) return [];
    const starts = o.values[0]?.since ?? asOf;
    const date = starts > asOf ? starts : asOf;
    const before = rules.get(o.program)?.parameters.get(o.parameter);
    const from = before && valueAt(before, date)?.value;
    const to = valueAt(after, date)?.value;
    const shown = (v: Value | undefined) => (v === undefined ? "—" : outcomeWords(v, after.unit, lang));
    const words = {
      program: program.title[lang],
      parameter: after.label[lang],
      from: shown(from),
      to: shown(to),
    };
    const text =
      date === asOf
        ? say(lang, "report/whatIfChange", words)
        : say(lang, "report/whatIfChangeFrom", { ...words, date: isoDateWords(date, lang) });
    return [
      {
        program: o.program,
        parameter: o.parameter,
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
        ...(date !== asOf ? { since: date } : {}),
        text,
      },
    ];
  });
}

/** The note that heads a what-if's every view: that it is hypothetical, and what it changed. */
export function whatIfNote(changes: readonly WhatIfChange[], lang: Lang): string | undefined {
  if (!changes.length) return undefined;
  return say(lang, "report/whatIfNote", {
    changes: changes.map((c) => c.text).join(say(lang, "ui/clauseSeparator")),
  });
}

/** A change as JSON: numbers as numbers, as the rest of `--format json`. */
export function whatIfJson(c: WhatIfChange): Record<string, unknown> {
  const json = (v: Value | undefined) => (v instanceof Big ? Number(v) : v);
  return {
    program: c.program,
    parameter: c.parameter,
    ...(c.from !== undefined ? { from: json(c.from) } : {}),
    ...(c.to !== undefined ? { to: json(c.to) } : {}),
    ...(c.since ? { since: c.since } : {}),
    text: c.text,
  };
}
