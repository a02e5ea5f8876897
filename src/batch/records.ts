import type Big from "big.js";
import { type Diagnostic, formatDiagnosticIn, messageIn } from "../diagnostics.js";
import { type Outcome, outcomeChanged } from "./outcome.js";

/** The result of one input record: per program outcomes (and under the reform, with --compare), or its errors. */
export interface BatchRecord {
  /** The record's line (NDJSON) or row (CSV, Excel; the header is row 1). */
  readonly row: number;
  /** The caseworker's file number (`case.reference`), when the record gives one: how a row is found again. */
  readonly reference?: string;
  readonly results?: ReadonlyMap<string, Outcome>;
  readonly reform?: ReadonlyMap<string, Outcome>;
  readonly errors?: readonly Diagnostic[];
}

/** A cell of CSV or Excel output: numbers stay numbers in Excel. */
export type OutCell = string | number | null;

const num = (b: Big | null | undefined): number | null =>
  b === null || b === undefined ? null : Number(b.toString());

/** The JSON of one outcome (PRODUCT §5 names: status, amount, per, months, total, missing). */
function outcomeJson(o: Outcome) {
  return {
    status: o.status,
    amount: num(o.value),
    ...(o.per ? { per: o.per } : {}),
    ...(o.months !== undefined ? { months: num(o.months) } : {}),
    total: num(o.total),
    missing: o.missing,
    ...(o.caveats ? { caveats: o.caveats.map((t) => ({ zh: t.zh, en: t.en })) } : {}),
    ...(o.priority !== undefined ? { priority: o.priority } : {}),
    ...(o.exclusions ? { exclusions: o.exclusions } : {}),
  };
}

function errorsJson(errors: readonly Diagnostic[]) {
  return errors.map((d) => ({
    line: d.line,
    col: d.col,
    code: d.code,
    message: messageIn(d, "en"),
    messageZh: messageIn(d, "zh"),
  }));
}

/** One NDJSON line (with its newline). */
export function recordNdjson(r: BatchRecord): string {
  const reference = r.reference === undefined ? {} : { reference: r.reference };
  if (r.errors) return `${JSON.stringify({ row: r.row, ...reference, errors: errorsJson(r.errors) })}\n`;
  if (!r.reform) {
    // Built as text: most programs do not apply to most records, and their JSON is always the same.
    let results = "";
    for (const [id, o] of r.results ?? [])
      results += `${results ? "," : ""}${JSON.stringify(id)}:${outcomeText(o)}`;
    const ref = r.reference === undefined ? "" : `"reference":${JSON.stringify(r.reference)},`;
    return `{"row":${r.row},${ref}"results":{${results}}}\n`;
  }
  const changes: Record<string, unknown> = {};
  for (const [id, after] of r.reform) {
    const before = r.results?.get(id);
    if (before && outcomeChanged(before, after))
      changes[id] = { before: outcomeJson(before), after: outcomeJson(after) };
  }
  return `${JSON.stringify({ row: r.row, ...reference, changes })}\n`;
}

const PLAIN = new Map<string, string>();

/** The JSON text of an outcome; outcomes with no amount and nothing missing are the same text each time. */
function outcomeText(o: Outcome): string {
  if (o.value !== null || o.per !== undefined || o.missing.length || hasNotes(o))
    return JSON.stringify(outcomeJson(o));
  let text = PLAIN.get(o.status);
  if (text === undefined) {
    text = JSON.stringify(outcomeJson(o));
    PLAIN.set(o.status, text);
  }
  return text;
}

const hasNotes = (o: Outcome) =>
  o.caveats !== undefined || o.priority !== undefined || o.exclusions !== undefined;

const PER_PROGRAM = [
  "status",
  "amount",
  "per",
  "months",
  "total",
  "missing",
  "caveats",
  "priority",
  "exclusions",
] as const;
const PER_PROGRAM_COMPARE = [
  "status",
  "status.reform",
  "amount",
  "amount.reform",
  "total",
  "total.reform",
] as const;

/** The header of CSV and Excel output. */
export function tableHeader(programs: readonly string[], compare: boolean): string[] {
  const keys = compare ? PER_PROGRAM_COMPARE : PER_PROGRAM;
  return ["row", "case.reference", "errors", ...programs.flatMap((p) => keys.map((k) => `${p}.${k}`))];
}

/**
 * One CSV or Excel row, in the order of `tableHeader`; caveats in `lang`, one per line. Priority is
 * `true`/`false`, empty when unknown or when the program does not rank applicants.
 */
export function recordCells(
  r: BatchRecord,
  programs: readonly string[],
  lang: "zh" | "en" = "zh",
): OutCell[] {
  const errors = r.errors ? r.errors.map((d) => formatDiagnosticIn(d, lang)).join("\n") : null;
  const cells: OutCell[] = [r.row, r.reference ?? null, errors];
  for (const id of programs) {
    const o = r.results?.get(id);
    if (r.reform) {
      const after = r.reform.get(id);
      cells.push(
        o?.status ?? null,
        after?.status ?? null,
        num(o?.value),
        num(after?.value),
        num(o?.total),
        num(after?.total),
      );
    } else {
      const months = o?.months === undefined ? null : num(o.months);
      cells.push(
        o?.status ?? null,
        num(o?.value),
        o?.per ?? null,
        months,
        num(o?.total),
        o?.missing.join(" ") ?? null,
        o?.caveats?.map((t) => t[lang]).join("\n") ?? null,
        o?.priority === undefined || o.priority === null ? null : String(o.priority),
        o?.exclusions?.join(" ") ?? null,
      );
    }
  }
  return cells;
}

/** Whether a compared record changed under the reform (only those are written with --compare). */
export function recordChanged(r: BatchRecord): boolean {
  if (!r.reform || !r.results) return false;
  for (const [id, after] of r.reform) {
    const before = r.results.get(id);
    if (before && outcomeChanged(before, after)) return true;
  }
  return false;
}
