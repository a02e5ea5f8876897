import type Big from "big.js";
import { type Diagnostic, diagnosticJson, diagnosticText } from "../diagnostics.js";
import { escapeControl } from "../echo.js";
import { type Lang, say } from "../messages/index.js";
import { lawOnlyUnknown, statusWords } from "../messages/status.js";
import type { LocalText } from "../rules/program.js";
import { jsonOutput } from "../text/guard.js";
import { type AmountShape, type Outcome, outcomeChanged } from "./outcome.js";
import { keyBytes, writeOutcome } from "./outcomeText.js";
import { type RecordBytes, sharedBytes } from "./recordBytes.js";

/** The result of one input record: per program outcomes (and under the reform, with --compare), or its errors. */
export interface BatchRecord {
  /** The record's line (NDJSON) or row (CSV, Excel; the header is row 1). */
  readonly row: number;
  /** The caseworker's file number (`case.reference`), when the record gives one: how a row is found again. */
  readonly reference?: string;
  readonly results?: ReadonlyMap<string, Outcome>;
  readonly reform?: ReadonlyMap<string, Outcome>;
  readonly errors?: readonly Diagnostic[];
  /** What reading the record says back, as `eval` does (a unit converted, a date after the as-of date unknown). */
  readonly notes?: readonly Diagnostic[];
}

/** A cell of CSV or Excel output: numbers stay numbers in Excel. */
export type OutCell = string | number | null;

const num = (b: Big | null | undefined): number | null =>
  b === null || b === undefined ? null : Number(b.toString());

/** The JSON of one outcome (PRODUCT §5 names: status, amount, per, months, total, missing). */
export function outcomeJson(o: Outcome) {
  return {
    status: o.status,
    amount: num(o.value),
    ...(o.per ? { per: o.per } : {}),
    ...(o.bound ? { bound: o.bound } : {}),
    ...(o.kind ? { kind: o.kind } : {}),
    ...(o.months !== undefined ? { months: num(o.months) } : {}),
    total: num(o.total),
    missing: o.missing,
    ...(o.caveats ? { caveats: o.caveats.map((t) => ({ zh: t.zh, en: t.en })) } : {}),
    ...(o.priority !== undefined ? { priority: o.priority } : {}),
    ...(o.exclusions ? { exclusions: o.exclusions } : {}),
    ...(o.assumed ? { assumed: o.assumed.map((t) => ({ zh: t.zh, en: t.en })) } : {}),
    ...(o.elsewhere ? { placeNotGiven: true } : {}),
    ...(o.notInForce ? { reason: "not-in-force" } : {}),
    ...(o.lawUnknown ? { lawUnknown: { from: o.lawUnknown.from } } : {}),
  };
}

/** A record's problems as JSON: place, code and `message` in the run's language. */
function errorsJson(errors: readonly Diagnostic[], lang: Lang) {
  return errors.map((d) => ({
    line: d.line,
    col: d.col,
    code: d.code,
    message: diagnosticJson(d, lang).message,
  }));
}

/**
 * One NDJSON line (with its newline), with the evaluation date it was decided on, written to `out` as UTF-8: the
 * texts the same on many records once encoded (`RecordBytes`). Every piece made from a text is JSON with DEL and C1
 * controls escaped (`jsonOutput`), so the output needs no second pass over every character for them.
 */
export function recordNdjson(r: BatchRecord, asOf: string, lang: Lang, out: RecordBytes): void {
  const reference = {
    ...(r.reference === undefined ? {} : { reference: r.reference }),
    ...(r.notes === undefined ? {} : { notes: errorsJson(r.notes, lang) }),
  };
  if (r.errors) {
    out.text(`${jsonOutput({ row: r.row, ...reference, asOf, errors: errorsJson(r.errors, lang) })}\n`);
    return;
  }
  if (!r.reform) {
    // Built as text: most programs do not apply to most records, and their JSON is always the same.
    out.ascii(`{"row":${r.row},`);
    if (r.reference !== undefined) {
      out.ascii('"reference":');
      out.jsonString(r.reference);
      out.ascii(",");
    }
    if (r.notes !== undefined) out.text(`"notes":${jsonOutput(errorsJson(r.notes, lang))},`);
    out.bytes(asOfBytes(asOf));
    let first = true;
    for (const [id, o] of r.results ?? []) {
      if (!first) out.ascii(",");
      out.bytes(keyBytes(id));
      writeOutcome(o, out);
      first = false;
    }
    out.ascii("}}\n");
    return;
  }
  const changes: Record<string, unknown> = {};
  for (const [id, after] of r.reform) {
    const before = r.results?.get(id);
    if (before && outcomeChanged(before, after))
      changes[id] = { before: outcomeJson(before), after: outcomeJson(after) };
  }
  out.text(`${jsonOutput({ row: r.row, ...reference, asOf, changes })}\n`);
}

let asOfText: { asOf: string; bytes: Uint8Array } | undefined;

/** `"asOf":"…","results":{`: one evaluation date per run. */
function asOfBytes(asOf: string): Uint8Array {
  if (asOfText?.asOf !== asOf)
    asOfText = { asOf, bytes: sharedBytes(`"asOf":${jsonOutput(asOf)},"results":{`) };
  return asOfText.bytes;
}

/** The words of CSV and Excel output in the run's language: column headers, statuses, titles, field labels. */
export interface Words {
  readonly lang: Lang;
  readonly asOf: string;
  readonly titles: ReadonlyMap<string, LocalText>;
  readonly fieldLabel: (path: string) => string;
  /** What each program's amount is, when it is not an exact sum paid to the person (its columns say so). */
  readonly amounts?: ReadonlyMap<string, AmountShape>;
}

const PER_PROGRAM = [
  "status",
  "amount",
  "per",
  "months",
  "total",
  "missing",
  "caveats",
  "assumed",
  "priority",
  "exclusions",
] as const;
const COMPARED = ["status", "amount", "total"] as const;

/** The header of CSV and Excel output, in the run's language (NDJSON keeps the codes). */
export function tableHeader(programs: readonly string[], compare: boolean, words: Words): string[] {
  const { lang } = words;
  const column = (id: string, key: string) =>
    say(lang, "batch/column", {
      program: words.titles.get(id)?.[lang] ?? id,
      column: columnName(key, words.amounts?.get(id), lang),
    });
  const perProgram = (id: string) =>
    compare
      ? COMPARED.flatMap((k) => {
          const asIs = column(id, k);
          return [asIs, say(lang, "batch/col/reformed", { column: asIs })];
        })
      : PER_PROGRAM.map((k) => column(id, k));
  return [
    say(lang, "batch/col/row"),
    words.fieldLabel("case.reference"),
    say(lang, "batch/col/errors"),
    say(lang, "facts/col/notes"),
    say(lang, "batch/col/asOf"),
    ...programs.flatMap(perProgram),
  ];
}

/**
 * One CSV or Excel row, in the order of `tableHeader`, in words: statuses, how a sum is paid, the fields still
 * needed, caveats and assumptions one per line; numbers stay numbers; an eligible amount not yet known is 待定.
 */
export function recordCells(r: BatchRecord, programs: readonly string[], words: Words): OutCell[] {
  const cells = leadingCells(r, words);
  for (const id of programs) {
    const o = r.results?.get(id);
    if (r.reform) comparedCells(o, r.reform.get(id), words.lang, cells);
    else outcomeCells(o, words, cells);
  }
  return cells;
}

/** The cells before the programs' own: row, case reference, errors, notes, evaluation date. */
export function leadingCells(r: BatchRecord, words: Words): OutCell[] {
  return [r.row, r.reference ?? null, lines(r.errors, words.lang), lines(r.notes, words.lang), words.asOf];
}

const lines = (said: readonly Diagnostic[] | undefined, lang: Lang): string | null =>
  said ? said.map((d) => escapeControl(diagnosticText(d, lang))).join("\n") : null;

/** One program's cells of a record, pushed onto `into` (module functions: no closure per record). */
export function outcomeCells(o: Outcome | undefined, words: Words, into: OutCell[]): void {
  const { lang } = words;
  into.push(
    status(o, lang),
    pending(o, o?.value, lang),
    o?.per ? perWords(o, o.per, lang) : null,
    o?.months === undefined ? null : num(o.months),
    pending(o, o?.total, lang),
    o?.missing.length ? list(o.missing.map(words.fieldLabel), lang) : null,
    o?.caveats?.map((t) => t[lang]).join("\n") ?? null,
    o?.assumed?.map((t) => t[lang]).join("\n") ?? null,
    yesNo(o?.priority, lang),
    o?.exclusions?.length
      ? list(
          o.exclusions.map((x) => words.titles.get(x)?.[lang] ?? x),
          lang,
        )
      : null,
  );
}

function comparedCells(
  o: Outcome | undefined,
  after: Outcome | undefined,
  lang: Lang,
  into: OutCell[],
): void {
  into.push(
    status(o, lang),
    status(after, lang),
    pending(o, o?.value, lang),
    pending(after, after?.value, lang),
    pending(o, o?.total, lang),
    pending(after, after?.total, lang),
  );
}

const status = (o: Outcome | undefined, lang: Lang) =>
  !o
    ? null
    : o.notInForce
      ? fixed(lang, "notInForce", () => say(lang, "batch/notInForceStatus", { status: statusWords(o, lang) }))
      : fixed(lang, lawOnlyUnknown(o) ? "lawUnknown" : o.status, () => statusWords(o, lang));

const pending = (o: Outcome | undefined, b: Big | null | undefined, lang: Lang) =>
  o?.status === "eligible" && (b === null || b === undefined) && o.per !== undefined
    ? fixed(lang, "batch/pending", () => say(lang, "batch/pending"))
    : num(b);

const list = (items: readonly string[], lang: Lang) =>
  items.join(fixed(lang, "batch/listSeparator", () => say(lang, "batch/listSeparator")));

const yesNo = (b: boolean | null | undefined, lang: Lang) =>
  b === true
    ? fixed(lang, "batch/yes", () => say(lang, "batch/yes"))
    : b === false
      ? fixed(lang, "batch/no", () => say(lang, "batch/no"))
      : null;

const FIXED = { zh: new Map<string, string>(), en: new Map<string, string>() };

/** Words that are the same on every row (a status, 待定, 是/否): said once per language. */
function fixed(lang: Lang, key: string, words: () => string): string {
  let text = FIXED[lang].get(key);
  if (text === undefined) {
    text = words();
    FIXED[lang].set(key, text);
  }
  return text;
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

/** A program's column name: the amount's columns say a ceiling (上限) or a deposit (缴存) in their header. */
function columnName(key: string, shape: AmountShape | undefined, lang: Lang): string {
  if (shape && (key === "amount" || key === "per" || key === "total"))
    return say(lang, "batch/amountColumn", { column: key, ...shape });
  return say(lang, `batch/col/${key}` as "batch/col/status");
}

/** How an amount is paid: 每月, 一次性, or with what it is (每月（最高额）, 每月缴存). */
function perWords(o: Outcome, per: "once" | "month", lang: Lang): string {
  if (!o.bound && !o.kind)
    return fixed(lang, per, () => say(lang, per === "once" ? "batch/per/once" : "batch/per/month"));
  const shape = { bound: o.bound ?? "exact", kind: o.kind ?? "paid-to-person" } as const;
  return fixed(lang, `${per}/${shape.bound}/${shape.kind}`, () =>
    say(lang, "batch/perOf", { per, ...shape }),
  );
}
