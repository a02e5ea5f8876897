import type Big from "big.js";
import { formatValue } from "../expr/values.js";
import { inEachLanguage, say } from "../messages/index.js";
import { isoDateWords } from "../rules/dateWords.js";
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

type Lang = "zh" | "en";

const caveatMemo = new WeakMap<Program, Map<string, CaveatResult | undefined>>();

/**
 * The one caveat saying which values are not confirmed for the date of the answer, or undefined. Remembered per
 * program and period: a batch asks for the same few periods on every row.
 */
export function currencyCaveat(program: Program, from: string, to: string): CaveatResult | undefined {
  let memo = caveatMemo.get(program);
  if (!memo) {
    memo = new Map();
    caveatMemo.set(program, memo);
  }
  const key = `${from}|${to}`;
  if (memo.has(key)) return memo.get(key);
  const facts = currencyFacts(program, from, to);
  const caveat = facts.length
    ? { id: CURRENCY_CAVEAT, text: inEachLanguage((lang) => sentence(facts, lang)), currency: facts }
    : undefined;
  if (memo.size < 64) memo.set(key, caveat);
  return caveat;
}

function sentence(facts: readonly CurrencyFact[], lang: Lang): string {
  return say(lang, "currency/caveat", {
    items: currencyLines(facts, lang).join(say(lang, "ui/clauseSeparator")),
  });
}

/**
 * One short clause per group of facts confirmed by the same source on the same day (and unknown from the same
 * day): `正常经营最短年限等3项：来源确认至2021年8月26日（湖北12条）`. The plain view prints one per line.
 */
export function currencyLines(facts: readonly CurrencyFact[], lang: Lang): string[] {
  const groups = new Map<string, { whats: string[]; f: CurrencyFact }>();
  for (const f of facts) {
    const what = f.parameter ? f.label[lang] : say(lang, "currency/term");
    // The programme's term is said on its own line; values are grouped by source, day and horizon.
    const key = f.parameter ? `${f.confirmedOn}|${f.ref}|${f.unknownFrom ?? ""}` : "term";
    const g = groups.get(key);
    if (g) g.whats.push(what);
    else groups.set(key, { whats: [what], f });
  }
  return [...groups.values()].map(({ whats, f }) =>
    say(lang, "currency/item", {
      what:
        whats.length > 1
          ? say(lang, "currency/several", { first: whats[0] ?? "", n: whats.length })
          : (whats[0] ?? ""),
      confirmed: f.confirmedOn
        ? say(lang, "currency/confirmed", {
            on: isoDateWords(f.confirmedOn, lang),
            source: shortSourceName(f.source ?? f.ref ?? ""),
          })
        : "",
      horizon: f.unknownFrom ? say(lang, "currency/horizon", { on: isoDateWords(f.unknownFrom, lang) }) : "",
    }),
  );
}

/**
 * Each fact in full, for `--trace`: `返乡创业一次性创业补贴（2021年8月26日起）：最后经公开来源确认于2021年8月26日
 * （湖北省人社厅等五部门《…》…）；…，2026年1月1日起未知`.
 */
export function currencyFactLines(facts: readonly CurrencyFact[], lang: Lang): string[] {
  return facts.map((f) =>
    say(lang, "currency/fact", {
      what: f.parameter ? f.label[lang] : say(lang, "currency/term"),
      since: isoDateWords(f.since, lang),
      on: f.confirmedOn ? isoDateWords(f.confirmedOn, lang) : "",
      source: f.source ?? "",
      why: f.horizon?.[lang] ?? "",
      unknownFrom: f.unknownFrom ? isoDateWords(f.unknownFrom, lang) : "",
    }),
  );
}

/**
 * A source's short name, as people cite it: the name in brackets after the title (`（湖北12条）`, `（人社部发〔2022〕
 * 23号，…）`), else the title in 《》, else the text before the first colon or bracket.
 */
export function shortSourceName(title: string): string {
  const named = /》（([^，；）]+)/.exec(title);
  if (named?.[1]) return named[1];
  const book = /《[^》]+》/.exec(title);
  if (book) return book[0];
  return title.split(/[：（(]/)[0]?.trim() || title;
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
  const words = (lang: Lang) =>
    say(lang, "currency/unknownAmount", {
      label: p.label[lang],
      on: isoDateWords(v.unknownFrom?.on ?? "", lang),
      why: v.unknownFrom?.text[lang] ?? "",
      last: lastKnown ? `${formatValue(lastKnown)} ${say(lang, unit)}` : "?",
      since: isoDateWords(v.since, lang),
    });
  return inEachLanguage(words);
}

/**
 * The date up to which sources confirm a program as it stands (its term and each parameter's newest value):
 * the earliest of their `confirmed` dates, and the nearest known horizon, for `butie rules`. A horizon after the
 * term's end never comes (law3 F5d: 失业补助金 ended 2022-12-31, before its standard's 2023-09-01).
 */
export function confirmedUpTo(program: Program): { on?: string; horizon?: string } {
  const dates: string[] = [];
  const horizons: string[] = [];
  const end = program.inForce.to;
  const add = (c?: Confirmed, h?: Horizon) => {
    if (c) dates.push(c.on);
    if (h && (end === undefined || h.on <= end)) horizons.push(h.on);
  };
  add(program.inForce.confirmed, program.inForce.horizon);
  for (const p of program.parameters.values()) {
    const v = p.values[p.values.length - 1];
    if (v && !v.override) add(v.confirmed, v.unknownFrom);
  }
  return { on: dates.sort()[0], horizon: horizons.sort()[0] };
}
