import type { LeanEvaluate } from "../compiled/leanProgram.js";
import { formatDiagnosticIn } from "../diagnostics.js";
import { withExclusions, withExclusionsAmong } from "../engine/evaluate.js";
import type { Profile } from "../profile/profile.js";
import type { Program } from "../rules/program.js";
import { type BatchContext, outputWords } from "./context.js";
import { csvRecordText } from "./csvText.js";
import { eachLine, type NdjsonBlock } from "./inputs/ndjsonRows.js";
import { type Outcome, outcomeOf } from "./outcome.js";
import { RecordBytes } from "./recordBytes.js";
import { type BatchRecord, type OutCell, recordCells, recordChanged, recordNdjson } from "./records.js";
import { maskIds, ndjsonProfile, type RowProfile, rowProfile } from "./rowProfile.js";
import { type Tally, TallyBuilder } from "./tally.js";

/** Input as read: a block of NDJSON lines, or a spreadsheet row's cells; `line` is where it starts. */
export type InputRow = NdjsonBlock | { readonly line: number; readonly cells: unknown[] };

/** How many records an input holds at most (a block: its lines). */
export const rowsIn = (row: InputRow) => ("block" in row ? row.count : 1);

/**
 * A chunk's output, in input order: UTF-8 bytes (NDJSON, CSV) in pieces of whole records, or cells (Excel); its
 * tally; errors said on stderr.
 */
export interface ChunkResult {
  readonly bytes?: readonly Uint8Array[];
  /** The pieces of `bytes` that must pass the output guard and the formula check whole (`RecordBytes`). */
  readonly toGuard?: readonly number[];
  readonly rows?: OutCell[][];
  readonly tally: Tally;
  /** Formatted diagnostics of failed rows, when the output file does not carry them (--compare without --out). */
  readonly errors?: string[];
}

/**
 * Validate and evaluate a chunk of rows and format their records: the work a worker thread does, and the
 * whole of a single-threaded run. Pure apart from CPU: no I/O.
 */
export function processChunk(ctx: BatchContext, rows: readonly InputRow[]): ChunkResult {
  const { settings } = ctx;
  const dates = { today: settings.today, asOf: settings.asOf };
  const tally = new TallyBuilder(settings.compare);
  const out = new RecordBytes();
  const cells: OutCell[][] = [];
  const errors: string[] = [];
  const one = (line: number, read: RowProfile) => {
    tally.rows++;
    let record: BatchRecord;
    if (!read.profile) {
      tally.failed++;
      record =
        read.reference === undefined
          ? { row: line, errors: read.diagnostics }
          : { row: line, reference: read.reference, errors: read.diagnostics };
      if (settings.records === "none")
        for (const d of read.diagnostics) errors.push(formatDiagnosticIn(d, settings.lang ?? "zh"));
    } else {
      record = evaluateRow(ctx, read.profile, line, tally);
      if (read.notes) record = { ...record, notes: read.notes };
      if (settings.records === "changed" && !recordChanged(record)) return;
    }
    if (settings.records === "none") return;
    if (settings.format === "ndjson") recordNdjson(record, settings.asOf, settings.lang ?? "zh", out);
    else if (settings.format === "csv") csvRecordText(record, ctx.programIds, outputWords(ctx), out);
    else cells.push(recordCells(record, ctx.programIds, outputWords(ctx)));
    out.recordEnded();
  };
  const { catalogue } = ctx;
  for (const row of rows) {
    if ("block" in row)
      eachLine(row, (line, text) => one(line, ndjsonProfile(text, catalogue, settings.file, line, dates)));
    else
      one(row.line, rowProfile(row.cells, settings.columns ?? [], catalogue, settings.file, row.line, dates));
  }
  return {
    ...(settings.format === "xlsx" ? { rows: cells } : { bytes: out.done(), toGuard: out.piecesToGuard() }),
    tally: tally.toJSON(),
    ...(errors.length ? { errors } : {}),
  };
}

function evaluateRow(ctx: BatchContext, profile: Profile, line: number, tally: TallyBuilder): BatchRecord {
  const results = outcomes(ctx.lean, profile, ctx, ctx.partners);
  if (!ctx.reform) for (const [id, o] of results) tally.add(id, o);
  const ref = profile.fields.get("case.reference");
  const reference = typeof ref === "string" ? maskIds(ref) : undefined;
  if (!ctx.reform)
    return reference === undefined ? { row: line, results } : { row: line, reference, results };
  const reform = outcomes(ctx.reformLean ?? ctx.lean, profile, ctx, ctx.reformPartners);
  for (const [id, after] of reform) {
    const before = results.get(id);
    if (before) tally.addPair(id, before, after, line);
  }
  const record = { row: line, ...(reference === undefined ? {} : { reference }), results, reform };
  if (recordChanged(record)) tally.changedRows++;
  return record;
}

/**
 * Every program's outcome on one profile (its lean evaluator: the engine's verdict without explanation), with
 * exclusions between them marked as `eval` marks them.
 */
function outcomes(
  lean: readonly LeanEvaluate[],
  profile: Profile,
  ctx: BatchContext,
  partners?: readonly Program[],
): Map<string, Outcome> {
  const results = lean.map((evaluate) => evaluate(profile, ctx.asOf));
  // Exclusions concern two eligible programs: most rows have at most one.
  let eligible = 0;
  for (const r of results) if (r.status === "eligible") eligible++;
  const among = eligible > 1 ? withExclusions(results) : results;
  const marked = partners
    ? among.map((r) => (r.status === "eligible" ? withExclusionsAmong(r, partners, profile, ctx.asOf) : r))
    : among;
  const out = new Map<string, Outcome>();
  for (const r of marked) out.set(r.program.id, outcomeOf(r, profile));
  return out;
}
