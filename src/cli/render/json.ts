import type { Evaluation, ProgramResult } from "../../engine/result.js";
import { toJson } from "../../expr/values.js";
import type { FieldCatalogue } from "../../profile/fields.js";
import type { Lang } from "../i18n.js";
import { conditionExplain, filterLines, parameterText } from "./explain.js";

/** The JSON result of one profile (PRODUCT §5; append-only). */
export interface JsonEvaluation {
  asOf: string;
  profile?: string;
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
  conditions: {
    id: string;
    result: boolean | null;
    explain: string;
    steps: string[];
    values: Record<string, unknown>;
  }[];
  missing: string[];
  filters?: {
    name: string;
    over: string;
    explain: string[];
    items: { index: number; result: boolean | null; failed: string[] }[];
  }[];
  sources: { title: string; url?: string; quote: string }[];
}

export interface JsonAmount {
  value: number | null;
  currency: "CNY";
  per: "once" | "month";
  bound: "exact" | "at-most";
  months?: number | null;
  total?: number | null;
  case?: string;
  steps: string[];
  values: Record<string, unknown>;
  parameters: string[];
  amountNote?: string;
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
    results: evaluation.results.map((r) => programToJson(r, catalogue, lang)),
  };
}

function programToJson(r: ProgramResult, catalogue: FieldCatalogue, lang: Lang): JsonProgramResult {
  const a = r.amount;
  return {
    program: r.program.id,
    title: r.program.title,
    ruleFile: r.program.file,
    ...(r.program.replaces ? { replaces: r.program.replaces } : {}),
    status: r.status,
    ...(r.reason ? { reason: r.reason } : {}),
    // PRODUCT §3/§5: an amount that depends on unknown fields is `null`; an unpublished one keeps its `amountNote`.
    amount:
      !a || (a.value === null && !a.note)
        ? null
        : {
            value: toJson(a.value ?? undefined) as number | null,
            currency: "CNY",
            per: a.per,
            bound: a.bound,
            ...(a.months !== undefined ? { months: toJson(a.months ?? undefined) as number | null } : {}),
            ...(a.total !== undefined ? { total: toJson(a.total ?? undefined) as number | null } : {}),
            ...(a.case ? { case: a.case[lang] } : {}),
            ...(a.monthsCase ? { monthsCase: a.monthsCase[lang] } : {}),
            steps: [...a.steps],
            values: Object.fromEntries(a.seen.map((s) => [s.field, seenJson(s.field, s.value, catalogue)])),
            parameters: a.parameters.map((p) => parameterText(p, lang)),
            ...(a.note ? { amountNote: a.note[lang] } : {}),
          },
    conditions: r.conditions.map((c) => ({
      id: c.id,
      result: c.result,
      explain: conditionExplain(c, catalogue, lang),
      steps: [...(c.steps ?? [])],
      values: Object.fromEntries(c.seen.map((s) => [s.field, seenJson(s.field, s.value, catalogue)])),
    })),
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
  };
}

function seenJson(field: string, value: unknown, catalogue: FieldCatalogue): unknown {
  if (catalogue.fields.get(field)?.type === "id-number") return "(masked)";
  return toJson(value as never);
}
