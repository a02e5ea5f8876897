import type Big from "big.js";
import { formatValue } from "../expr/values.js";
import { bothLanguages } from "../messages/index.js";
import type { Confirmed, DatedValue, Horizon, LocalText, Program } from "../rules/program.js";
import type { ParametersInForce } from "./parametersInForce.js";
import type { CaveatResult, CurrencyFact } from "./result.js";

// How current the law is. Each dated value and each program's term records the last date a cited source
// confirms it; an answer for a later date (or paying months after it) carries one caveat naming each such
// value, and a value past a known horizon (a standard that must be re-set) is unknown, shown as last known.

/** The id of the currency caveat: the machine-readable key in JSON and in fixtures. */
export const CURRENCY_CAVEAT = "currency";

function sourceTitle(program: Program, ref: string): string {
  return program.sources.find((s) => s.id === ref)?.title ?? ref;
}

/** The values in force on some day of [from, to] (dates `YYYY-MM-DD`), newest first per parameter. */
function valuesDuring(values: readonly DatedValue[], from: string, to: string): DatedValue[] {
  return values.filter((v, i) => v.since <= to && (values[i + 1]?.since ?? "9999-12-31") > from);
}

/**
 * The facts an answer for `from` (paying until `to`) rests on that no cited source confirms that late, and
 * those past a known horizon. Values from `--param` or a local file without `confirmed` are the user's own.
 */
export function currencyFacts(program: Program, from: string, to: string): CurrencyFact[] {
  const out: CurrencyFact[] = [];
  const fact = (
    parameter: string | undefined,
    label: LocalText,
    since: string,
    c?: Confirmed,
    h?: Horizon,
  ) => {
    const stale = c && c.on < to;
    const past = h && h.on <= to;
    if (!stale && !past) return;
    out.push({
      ...(parameter ? { parameter } : {}),
      label,
      since,
      ...(c ? { confirmedOn: c.on, ref: c.ref, source: sourceTitle(program, c.ref) } : {}),
      ...(past && h
        ? { unknownFrom: h.on, horizon: h.text, horizonSource: sourceTitle(program, h.ref) }
        : {}),
    });
  };
  const { inForce } = program;
  fact(undefined, program.title, inForce.from, inForce.confirmed, inForce.horizon);
  for (const p of program.parameters.values())
    for (const v of valuesDuring(p.values, from, to))
      fact(p.name, p.label, v.since, v.confirmed, v.unknownFrom);
  return out;
}

/** The one caveat saying which values are not confirmed for the date of the answer, or undefined. */
export function currencyCaveat(program: Program, from: string, to: string): CaveatResult | undefined {
  const facts = currencyFacts(program, from, to);
  if (!facts.length) return undefined;
  // Facts confirmed by the same source on the same day are named together: one clause per source.
  const item = (lang: "zh" | "en") => {
    const groups = new Map<string, { whats: string[]; f: CurrencyFact }>();
    for (const f of facts) {
      const what = f.parameter ? f.label[lang] : bothLanguages("currency/term")[lang];
      const key = `${f.confirmedOn}|${f.ref}|${f.unknownFrom ?? ""}|${f.unknownFrom ? f.since : ""}`;
      const g = groups.get(key);
      if (g) g.whats.push(what);
      else groups.set(key, { whats: [what], f });
    }
    return [...groups.values()]
      .map(({ whats, f }) => {
        const confirmed = f.confirmedOn
          ? bothLanguages("currency/confirmed", { on: f.confirmedOn, source: f.source ?? "" })[lang]
          : "";
        const horizon =
          f.unknownFrom && f.horizon
            ? bothLanguages("currency/horizon", { on: f.unknownFrom, why: f.horizon[lang] })[lang]
            : "";
        const what = whats.join(lang === "zh" ? "、" : ", ");
        return bothLanguages("currency/item", { what, confirmed, horizon })[lang];
      })
      .join(lang === "zh" ? "；" : "; ");
  };
  const text = {
    zh: bothLanguages("currency/caveat", { items: item("zh") }).zh,
    en: bothLanguages("currency/caveat", { items: item("en") }).en,
  };
  return { id: CURRENCY_CAVEAT, text, currency: facts };
}

/**
 * Why an amount is unknown when a value it reads is past its horizon, with the last known amount:
 * `最后已知为 1575 元/月（2021-09-01起）`.
 */
export function staleNote(
  program: Program,
  params: ParametersInForce,
  reads: readonly string[],
  lastKnown: Big | null,
  per: "once" | "month",
): LocalText | undefined {
  const name = reads.find((n) => params.stale.has(n));
  const v = name && params.stale.get(name);
  const p = name && program.parameters.get(name);
  if (!v || !p || !v.unknownFrom) return undefined;
  const unit = per === "month" ? "unit/yuan/month" : "unit/yuan";
  const say = (lang: "zh" | "en") =>
    bothLanguages("currency/unknownAmount", {
      label: p.label[lang],
      on: v.unknownFrom?.on ?? "",
      why: v.unknownFrom?.text[lang] ?? "",
      last: lastKnown ? `${formatValue(lastKnown)} ${bothLanguages(unit)[lang]}` : "?",
      since: v.since,
    })[lang];
  return { zh: say("zh"), en: say("en") };
}

/**
 * The date up to which sources confirm a program as it stands (its term and each parameter's newest value):
 * the earliest of their `confirmed` dates, and the nearest known horizon, for `butie rules`.
 */
export function confirmedUpTo(program: Program): { on?: string; horizon?: string } {
  const dates: string[] = [];
  const horizons: string[] = [];
  const add = (c?: Confirmed, h?: Horizon) => {
    if (c) dates.push(c.on);
    if (h) horizons.push(h.on);
  };
  add(program.inForce.confirmed, program.inForce.horizon);
  for (const p of program.parameters.values()) {
    const v = p.values[p.values.length - 1];
    if (v && !v.override) add(v.confirmed, v.unknownFrom);
  }
  return { on: dates.sort()[0], horizon: horizons.sort()[0] };
}
