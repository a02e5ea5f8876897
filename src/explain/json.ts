import type {
  AmountResult,
  ConditionResult,
  CurrencyFact,
  Evaluation,
  ProgramResult,
} from "../engine/result.js";
import { toJson } from "../expr/values.js";
import { say, sayMessage } from "../messages/index.js";
import type { FieldCatalogue } from "../profile/fields.js";
import type { LocalText, Program } from "../rules/program.js";
import { conditionExplain, filterLines, parameterText } from "./lines.js";
import { amountSteps, notationSteps } from "./notation.js";
import { scheduleValues } from "./scheduleValues.js";
import type { Lang } from "./words.js";

/** The JSON result of one profile (PRODUCT §5; append-only). */
export interface JsonEvaluation {
  asOf: string;
  profile?: string;
  /** The caseworker's file number, when the profile gives `case.reference`. */
  reference?: string;
  results: JsonProgramResult[];
}

export interface JsonProgramResult {
  program: string;
  title: { zh: string; en: string };
  /** The rule file the result comes from, and the bundled one it replaces when a local rule overrides it. */
  ruleFile: string;
  replaces?: string;
  status: string;
  reason?: string;
  amount: JsonAmount | null;
  conditions: JsonCondition[];
  missing: string[];
  filters?: {
    name: string;
    over: string;
    explain: string[];
    items: { index: number; result: boolean | null; failed: string[] }[];
  }[];
  sources: { title: string; url?: string; quote: string }[];
  /** Present when the program ranks applicants (优先): true / false / null, never part of the status. */
  priority?: { result: boolean | null; conditions: JsonCondition[]; missing: string[] };
  /** Grounds the caseworker must confirm, in the chosen language, with the other language beside it. */
  caveats?: { id: string; text: string; zh: string; en: string; currency?: JsonCurrency[] }[];
  /** Eligible programs that cannot be paid together with this one. */
  exclusions?: { program: string; title: { zh: string; en: string }; text: string }[];
  /** Past the program's horizon (status undetermined): from when it is not known to run, and what it would pay. */
  lawUnknown?: JsonLawUnknown;
}

/** `code: law-unknown`: no public source confirms the program runs from `from`; `why` in both languages. */
export interface JsonLawUnknown {
  code: "law-unknown";
  from: string;
  text: string;
  zh: string;
  en: string;
  ref: string;
  source?: string;
  /** The amount if the program still runs (when nothing else is missing); `null` when there is no amount. */
  amountIfInForce?: JsonAmount | null;
}

/**
 * The currency caveat's facts, machine-readable: a parameter (absent for the program's term), when it took
 * effect, the last date a cited source confirms it, and, past a known horizon, the date it became unknown.
 */
export interface JsonCurrency {
  parameter?: string;
  since: string;
  confirmedOn?: string;
  ref?: string;
  unknownFrom?: string;
}

export interface JsonCondition {
  id: string;
  result: boolean | null;
  explain: string;
  steps: string[];
  values: Record<string, unknown>;
  assumed?: string;
}

export interface JsonAmount {
  value: number | null;
  currency: "CNY";
  per: "once" | "month";
  bound: "exact" | "at-most";
  /** Whose money it is: paid-to-person, paid-by-person (a deposit), paid-to-employer. */
  kind: "paid-to-person" | "paid-by-person" | "paid-to-employer";
  months?: number | null;
  total?: number | null;
  case?: string;
  steps: string[];
  values: Record<string, unknown>;
  parameters: string[];
  amountNote?: string;
  /** Month by month from the as-of month; `total` is its sum. */
  schedule?: { month: string; value: number | null }[];
  /** The sentence saying the period was extended (大龄续发), when it was. */
  continued?: string;
  /** Why the value is unknown although the fields are given, e.g. a city code where a county code is needed. */
  notes?: string[];
}

/** Build the JSON view of an evaluation: a pure function of the result. */
export function evaluationToJson(
  evaluation: Evaluation,
  catalogue: FieldCatalogue,
  lang: Lang,
  profile?: string,
): JsonEvaluation {
  return {
    asOf: evaluation.asOf,
    ...(profile ? { profile } : {}),
    ...(evaluation.reference ? { reference: evaluation.reference } : {}),
    results: evaluation.results.map((r) => programToJson(r, catalogue, lang)),
  };
}

function programToJson(r: ProgramResult, catalogue: FieldCatalogue, lang: Lang): JsonProgramResult {
  const a = r.amount;
  const condition = (c: ConditionResult): JsonCondition => ({
    id: c.id,
    result: c.result,
    explain: conditionExplain(c, catalogue, lang),
    steps: notationSteps(c.records, lang),
    values: Object.fromEntries(c.seen.map((s) => [s.field, seenJson(s.field, s.value, catalogue)])),
    ...(c.assumed ? { assumed: c.assumed[lang] } : {}),
  });
  return {
    program: r.program.id,
    title: r.program.title,
    ruleFile: r.program.file,
    ...(r.program.replaces ? { replaces: r.program.replaces } : {}),
    status: r.status,
    ...(r.reason ? { reason: r.reason } : {}),
    // PRODUCT §5: an amount keeps what is known (per, months, …) when its value is not.
    amount: a ? amountToJson(a, r.program, catalogue, lang) : null,
    conditions: r.conditions.map(condition),
    missing: [...r.missing],
    // Named values of the rule (`values:`), each once: `{ retirement: { label, value } }`.
    ...(r.named?.length
      ? {
          namedValues: Object.fromEntries(
            r.named.map((n) => [
              n.name,
              { label: n.label[lang], value: toJson(n.value ?? undefined) ?? null },
            ]),
          ),
        }
      : {}),
    ...(r.filters
      ? {
          filters: r.filters.map((f) => ({
            name: f.name,
            over: f.over,
            explain: filterLines(f, lang),
            items: f.items.map((i) => ({ index: i.index, result: i.result, failed: [...i.failed] })),
          })),
        }
      : {}),
    sources: r.program.sources.map((s) => ({
      title: s.title,
      ...(s.url ? { url: s.url } : {}),
      quote: s.quote,
    })),
    ...(r.priority
      ? {
          priority: {
            result: r.priority.result,
            conditions: r.priority.conditions.map(condition),
            missing: [...r.priority.missing],
          },
        }
      : {}),
    ...(r.caveats?.length
      ? {
          caveats: r.caveats.map((c) => ({
            id: c.id,
            text: c.text[lang],
            zh: c.text.zh,
            en: c.text.en,
            ...(c.currency ? { currency: c.currency.map(currencyJson) } : {}),
          })),
        }
      : {}),
    ...(r.lawUnknown ? { lawUnknown: lawUnknownJson(r, catalogue, lang) } : {}),
    ...(r.exclusions?.length
      ? {
          exclusions: r.exclusions.map((x) => ({
            program: x.program,
            title: x.title,
            text: exclusionText(x.title, lang),
          })),
        }
      : {}),
  };
}

/** `不得与「宁夏失业补助金」同时享受，只能选择其一`. */
export function exclusionText(title: LocalText, lang: Lang): string {
  return say(lang, "words/exclusion", { title: title[lang] });
}

function lawUnknownJson(r: ProgramResult, catalogue: FieldCatalogue, lang: Lang): JsonLawUnknown {
  const l = r.lawUnknown as NonNullable<ProgramResult["lawUnknown"]>;
  const source = r.program.sources.find((s) => s.id === l.ref)?.title;
  return {
    code: "law-unknown",
    from: l.from,
    text: l.why[lang],
    zh: l.why.zh,
    en: l.why.en,
    ref: l.ref,
    ...(source ? { source } : {}),
    ...(l.ifInForce !== undefined
      ? { amountIfInForce: l.ifInForce ? amountToJson(l.ifInForce, r.program, catalogue, lang) : null }
      : {}),
  };
}

function amountToJson(a: AmountResult, program: Program, catalogue: FieldCatalogue, lang: Lang): JsonAmount {
  return {
    value: toJson(a.value ?? undefined) as number | null,
    currency: "CNY",
    per: a.per,
    bound: a.bound,
    kind: a.kind,
    ...(a.months !== undefined ? { months: toJson(a.months ?? undefined) as number | null } : {}),
    ...(a.total !== undefined ? { total: toJson(a.total ?? undefined) as number | null } : {}),
    ...(a.case ? { case: a.case[lang] } : {}),
    ...(a.monthsCase ? { monthsCase: a.monthsCase[lang] } : {}),
    steps: amountSteps(a, lang),
    values: Object.fromEntries(a.seen.map((s) => [s.field, seenJson(s.field, s.value, catalogue)])),
    // With the values the later months of a schedule are paid at, each from its date.
    parameters: [...a.parameters, ...scheduleValues(a, program).map((v) => v.used)].map((p) =>
      parameterText(p, lang),
    ),
    ...(a.note ? { amountNote: a.note[lang] } : {}),
    ...(a.schedule
      ? {
          schedule: a.schedule.map((p) => ({
            month: p.month,
            value: toJson(p.value ?? undefined) as number | null,
          })),
        }
      : {}),
    ...(a.continued ? { continued: a.continued[lang] } : {}),
    ...(a.notes?.length ? { notes: a.notes.map((n) => sayMessage(lang, n)) } : {}),
  };
}

function seenJson(field: string, value: unknown, catalogue: FieldCatalogue): unknown {
  if (catalogue.fields.get(field)?.type === "id-number") return "(masked)";
  return toJson(value as never);
}

function currencyJson(f: CurrencyFact): JsonCurrency {
  return {
    ...(f.parameter ? { parameter: f.parameter } : {}),
    since: f.since,
    ...(f.confirmedOn ? { confirmedOn: f.confirmedOn, ref: f.ref } : {}),
    ...(f.unknownFrom ? { unknownFrom: f.unknownFrom } : {}),
  };
}
