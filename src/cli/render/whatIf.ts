import Big from "big.js";
import type { BatchContext } from "../../batch/context.js";
import type { Value } from "../../expr/values.js";
import { say } from "../../messages/index.js";
import type { ParameterOverride } from "../../rules/overrides.js";
import type { DatedValue, Program } from "../../rules/program.js";
import { type ValueChange, valueChanges } from "../../rules/valueChanges.js";
import type { Lang } from "../i18n.js";
import { isoDateWords, outcomeWords } from "./plain/words.js";

/** One value a what-if (`--param`) changed: what the rules say and what was supposed, from when. */
export interface WhatIfChange {
  readonly program: string;
  readonly parameter: string;
  /** The rules' value (absent when they have none on that date) and the supposed one. */
  readonly from?: Value;
  readonly to?: Value;
  /** A change that starts after the as-of date: the first date it applies. */
  readonly since?: string;
  /** The change in words: `宁夏失业补助金·第一档比例：80% → 90%`. */
  readonly text: string;
}

/**
 * The values a run's `--param` changed, on the as-of date and from each later date the two differ: said at the
 * head and in the summary of every view, so that a hypothetical calculation is never read as a decision.
 */
export function whatIfChanges(
  rules: ReadonlyMap<string, Program>,
  changed: ReadonlyMap<string, Program>,
  overrides: readonly ParameterOverride[],
  asOf: string,
  lang: Lang,
): WhatIfChange[] {
  const touched = [...new Set(overrides.map((o) => o.program))].flatMap((id) => changed.get(id) ?? []);
  const named = new Set(overrides.filter((o) => o.replace).map((o) => `${o.program}.${o.parameter}`));
  return valueChanges(rules, touched, asOf, named).map((c) => ({
    program: c.program.id,
    parameter: c.parameter,
    ...(c.from ? { from: c.from.value } : {}),
    ...(c.to ? { to: c.to.value } : {}),
    ...(c.date !== asOf ? { since: c.date } : {}),
    text: valueChangeWords(c, asOf, lang),
  }));
}

/**
 * A changed value in words, by program title and parameter label (`宁夏失业补助金·第一档比例：自2021年11月1日起
 * 80% → 90%`), with where the new value comes from when `origin` says it (a `--param`, a draft's source).
 */
export function valueChangeWords(c: ValueChange, asOf: string, lang: Lang, origin?: string): string {
  const p = c.program.parameters.get(c.parameter);
  const shown = (v: DatedValue | undefined) => (v === undefined ? "—" : outcomeWords(v.value, p?.unit, lang));
  const values = `${shown(c.from)} → ${shown(c.to)}`;
  const dated =
    c.date === asOf ? values : say(lang, "batch/fromDate", { date: isoDateWords(c.date, lang), values });
  return say(lang, "batch/paramChange", {
    program: c.program.title[lang],
    parameter: p?.label[lang] ?? c.parameter,
    change: origin ? say(lang, "batch/changeOrigin", { change: dated, origin }) : dated,
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

/**
 * What a `--compare` reform changes, as the report's first lines: each value the reform sets differently, with
 * where it comes from — a `--param`, or the draft and the source the draft cites for it.
 */
export function reformChanges(ctx: BatchContext): string[] {
  const lang = ctx.settings.lang ?? "zh";
  const asOf = ctx.asOf.text;
  // An undated --param is shown on the as-of date even when it keeps the value: a null reform says so.
  const named = new Set(
    ctx.settings.params.filter((t) => !/^[^=]*@/.test(t)).map((t) => t.replace(/=.*$/, "")),
  );
  const rules = new Map(ctx.programs.map((p) => [p.id, p]));
  return valueChanges(rules, ctx.reform ?? [], asOf, named).map((c) =>
    valueChangeWords(c, asOf, lang, origin(c, ctx.settings.draft, lang)),
  );
}

/** Where a new value comes from: the `--param` that set it, or the draft and the source it cites. */
function origin(c: ValueChange, draft: boolean | undefined, lang: Lang): string | undefined {
  const a = c.to;
  if (!a) return undefined;
  if (a.ref === "--param") return a.override;
  if (!draft) return undefined;
  const source = c.program.sources.find((s) => s.id === a.ref);
  return say(lang, "batch/draftValue", { source: source?.title ?? a.ref });
}
