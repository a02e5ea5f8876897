import { constants } from "node:fs";
import { access } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import iconv from "iconv-lite";
import type { InputRow } from "../../batch/chunk.js";
import { columnListing, mappingSuggestion } from "../../batch/columnGuide.js";
import { readColumnMap } from "../../batch/columnMap.js";
import type { Column, ColumnMap } from "../../batch/columns.js";
import { type BatchSettings, batchContext, outputWords } from "../../batch/context.js";
import { InputFault } from "../../batch/inputs/inputFault.js";
import { ndjsonBlocks } from "../../batch/inputs/ndjsonRows.js";
import type { SkippedRows } from "../../batch/inputs/notRecords.js";
import { type Input, openInput } from "../../batch/inputs/openInput.js";
import { headerCells, type TableOptions, tableInput } from "../../batch/inputs/tableInput.js";
import { runPipeline } from "../../batch/pipeline.js";
import { defaultJobs, defaultWorkerFile, maxJobs, startPool } from "../../batch/pool.js";
import { progressBar } from "../../batch/progress.js";
import { tableHeader } from "../../batch/records.js";
import { compareText, summaryText } from "../../batch/report.js";
import { type Sink, textSink, xlsxSink } from "../../batch/sinks.js";
import { interrupted, SIGNAL_EXIT, stoppedAt, writeFault } from "../../batch/stops.js";
import type { Tally } from "../../batch/tally.js";
import { EXIT, UsageError } from "../../diagnostics.js";
import { clip } from "../../echo.js";
import { checkWritable, outputPath, WriteFailed } from "../../files/atomicFile.js";
import { sameFile } from "../../files/sameFile.js";
import { type Message, message, say, sayMessage } from "../../messages/index.js";
import { fitLines } from "../../text/width.js";
import type { Lang } from "../i18n.js";
import type { Io } from "../io.js";
import { existingPaths } from "../paths.js";
import { prepare } from "../preamble.js";
import { reformChanges } from "../render/whatIf.js";
import { terminalWidth } from "../render/width.js";

/** From this size on, worker threads start at once: this thread then never holds an evaluation's memory. */
const LARGE_FILE = 4 * 2 ** 20;

export interface BatchOptions {
  asOf?: string;
  program?: string[];
  rules?: string[];
  param?: string[];
  format?: "ndjson" | "csv" | "xlsx";
  out?: string;
  encoding?: string;
  columns?: string;
  /** The sheet of a workbook to read: its name or 1-based number (default: the first visible sheet). */
  sheet?: string;
  /** The row that holds the column headers (default: found past title rows). */
  headerRow?: string;
  /** List the accepted column headers, and suggest a --columns map for the file's header row; evaluate nothing. */
  listColumns?: boolean;
  compare?: boolean;
  jobs?: string;
  lang: Lang;
  /** For tests: the worker entry to use (the CLI finds dist/batch/worker.js itself). */
  workerFile?: string;
  /** For tests and tuning: rows per chunk, and how many chunks run in this thread before workers start. */
  chunkSize?: number;
  poolAfterChunks?: number;
}

/** `butie batch`: evaluate every record of a CSV, NDJSON or Excel file; one output record per input record. */
export async function runBatch(path: string, opts: BatchOptions, io: Io): Promise<number> {
  let jobs = 0;
  const { asOf, today, rules } = await prepare(opts, io, () => {
    if (opts.encoding && !iconv.encodingExists(opts.encoding))
      throw new UsageError(message("usage/encoding", { value: clip(opts.encoding) }));
    jobs = opts.jobs === undefined ? defaultJobs() : Number(opts.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > maxJobs())
      throw new UsageError(
        message("usage/jobs", {
          value: clip(String(opts.jobs)),
          max: String(maxJobs()),
          cores: String(availableParallelism()),
        }),
      );
    if (opts.headerRow !== undefined && !/^[1-9]\d{0,6}$/.test(opts.headerRow))
      throw new UsageError(message("usage/header-row", { value: clip(opts.headerRow) }));
  });
  if (opts.out !== undefined) checkOutTarget(path, opts.out, io);
  const columnMap: ColumnMap = opts.columns ? await readColumnMap(opts.columns, io.cwd) : {};
  const input = await openInput(path, io.cwd, io.stdin);
  if (opts.listColumns) {
    io.stdout.write(columnListing(rules.fields, opts.lang));
    if (input.kind !== "ndjson") {
      const header = await headerCells(input, rules.fields, columnMap, tableOptions(opts));
      io.stdout.write(`\n${say(opts.lang, "batch/columnsFor", { file: input.name })}\n`);
      io.stdout.write(mappingSuggestion(header, rules.fields, opts.lang));
    }
    return EXIT.ok;
  }
  const format = opts.format ?? outputFormat(opts.out, input.kind);
  if (format === "xlsx" && !opts.out) {
    input.stream.destroy();
    throw new UsageError(message("usage/xlsx-needs-out"));
  }

  const { rows, columns, notes, skipped } = await inputRows(input, opts, rules.fields, columnMap);
  for (const note of notes) io.stderr.write(`${sayMessage(opts.lang, note)}\n`);
  const settings: BatchSettings = {
    asOf: asOf.text,
    today,
    rules: existingPaths(opts.rules ?? [], io),
    params: opts.param ?? [],
    ...(opts.compare && opts.rules?.length ? { draft: true } : {}),
    ...(opts.program ? { programs: opts.program } : {}),
    compare: Boolean(opts.compare),
    file: input.name,
    input: input.kind === "ndjson" ? "ndjson" : "table",
    ...(columns ? { columns } : {}),
    format,
    records: opts.compare ? (opts.out ? "changed" : "none") : "all",
    lang: opts.lang,
  };
  let ctx: ReturnType<typeof batchContext>;
  try {
    ctx = batchContext(rules, settings);
    if (opts.out) await writable(opts.out, io.cwd);
  } catch (e) {
    // A refused what-if or output: the input read so far is let go, not left to fault when its file goes.
    input.stream.destroy();
    throw e;
  }
  const sink: Sink =
    settings.records === "none"
      ? nullSink()
      : format === "xlsx"
        ? await xlsxSink(opts.out as string, io.cwd)
        : await textSink(format, io.stdout, opts.out, io.cwd);
  const workerFile = opts.workerFile ?? defaultWorkerFile();
  const progress = progressBar(io, input);
  let tally: Tally;
  let read = 0;
  // Ctrl-C or SIGTERM: the unfinished file is removed (an earlier one stays), and the stop is said. Put before
  // the temporary files' own handler (src/files/temporaryFiles.ts), which exits at once, and done synchronously
  // (the sinks' abort removes the file before its first await; "exit" removes any left): else the run would end
  // without saying what was kept.
  const stop = (signal: NodeJS.Signals) => {
    progress?.stop();
    void sink.abort();
    for (const m of interrupted(signal, read, opts.out)) io.stderr.write(`${sayMessage(opts.lang, m)}\n`);
    process.exit(SIGNAL_EXIT[signal] ?? EXIT.cannotRun);
  };
  process.prependOnceListener("SIGINT", stop).prependOnceListener("SIGTERM", stop);
  try {
    await sink.header(tableHeader(ctx.programIds, settings.compare, outputWords(ctx)));
    tally = await runPipeline(rows, ctx, sink, {
      chunkSize: opts.chunkSize ?? 1000,
      poolAfterChunks: opts.poolAfterChunks ?? (input.size !== undefined && input.size >= LARGE_FILE ? 0 : 8),
      inFlightPerThread: 2,
      threads: jobs,
      ...(jobs > 1 && workerFile ? { startPool: () => startPool(workerFile, settings, jobs) } : {}),
      onChunk: (n) => {
        read += n;
        progress?.advance(n);
      },
      onErrors: (lines) => {
        for (const line of lines) io.stderr.write(`${line}\n`);
      },
    });
    await sink.finish();
    for (const m of skipped?.messages() ?? []) io.stderr.write(`${sayMessage(opts.lang, m)}\n`);
  } catch (e) {
    await sink.abort();
    if (e instanceof InputFault) throw stoppedAt(e, read, opts.out);
    throw e instanceof WriteFailed ? writeFault(e, read) : e;
  } finally {
    process.off("SIGINT", stop).off("SIGTERM", stop);
    progress?.stop();
  }
  if (settings.compare) {
    if (!settings.params.length && !settings.draft && (tally.changedRows ?? 0) > 0)
      throw new Error(
        `the null reform changed ${tally.changedRows} records: the baseline was not kept apart`,
      );
    // With --compare the report is the output; the changed records go to --out.
    const width = terminalWidth(io);
    io.stdout.write(
      fitLines(
        compareText(
          tally,
          proposal(ctx, opts),
          opts.lang,
          width,
          titlesOf(ctx),
          eligibilityOnly(ctx),
          outputWords(ctx).amounts ?? new Map(),
        ),
        width,
      ),
    );
  } else {
    const about = {
      asOf: asOf.text,
      titles: titlesOf(ctx),
      eligibilityOnly: eligibilityOnly(ctx),
      amounts: outputWords(ctx).amounts,
      inForce: new Map(ctx.programs.map((p) => [p.id, p.inForce])),
    };
    io.stderr.write(summaryText(tally, opts.lang, terminalWidth(io), about));
  }
  return tally.failed ? EXIT.problems : EXIT.ok;
}

/**
 * Refused before any work: a name that is a directory's (`out/`); an --out that is the roster itself (the same
 * path, a hard or symbolic link to it, or the file standard input was redirected from: the results would replace
 * the office's only export), or a workbook format butie does not write (.xls, .ods, .et,
 * .xlsb would get CSV text under a name that says otherwise).
 */
function checkOutTarget(path: string, out: string, io: Io): void {
  const target = outputPath(io.cwd, out);
  if (sameFile(path === "-" ? stdinDescriptor(io) : resolve(io.cwd, path), target))
    throw new UsageError(message("batch/outIsInput", { file: out }));
  const ext = out.toLowerCase().match(/\.(xls|xlsb|xlsm|ods|et|ett|numbers)$/)?.[1];
  if (ext) throw new UsageError(message("batch/outWorkbookKind", { file: out, ext }));
}

/** The descriptor standard input reads from, when it is one (the process's, not a test's stream). */
function stdinDescriptor(io: Io): number {
  const fd = (io.stdin as { fd?: unknown }).fd;
  return typeof fd === "number" ? fd : -1;
}

/** The output format: as `--out`'s extension says, else like the input (a workbook gives CSV on stdout). */
function outputFormat(out: string | undefined, kind: Input["kind"]): "ndjson" | "csv" | "xlsx" {
  const ext = out?.toLowerCase().match(/\.(ndjson|jsonl|csv|xlsx)$/)?.[1];
  if (ext === "xlsx" || ext === "csv") return ext;
  if (ext) return "ndjson";
  return kind === "sheet" ? (out ? "xlsx" : "csv") : kind;
}

async function inputRows(
  input: Input,
  opts: BatchOptions,
  catalogue: Parameters<typeof tableInput>[1],
  map: ColumnMap,
): Promise<{ rows: AsyncIterable<InputRow>; columns?: Column[]; notes: Message[]; skipped?: SkippedRows }> {
  if (input.kind === "ndjson") return { rows: ndjsonBlocks(input.stream), notes: [] };
  try {
    return await tableInput(input, catalogue, map, tableOptions(opts));
  } catch (e) {
    if (e instanceof InputFault) throw stoppedAt(e, 0, opts.out);
    throw e;
  }
}

const titlesOf = (ctx: ReturnType<typeof batchContext>) =>
  new Map([...ctx.programs, ...(ctx.reform ?? [])].map((p) => [p.id, p.title]));

/** The programs whose rule has no amount, before or after the reform: they decide eligibility only. */
function eligibilityOnly(ctx: ReturnType<typeof batchContext>): Set<string> {
  const all = [...ctx.programs, ...(ctx.reform ?? [])];
  const priced = new Set(all.filter((p) => p.amount).map((p) => p.id));
  return new Set(all.map((p) => p.id).filter((id) => !priced.has(id)));
}

/** What is compared: the draft rule directories, then each --param. */
function proposal(ctx: ReturnType<typeof batchContext>, opts: BatchOptions): string[] {
  const draft = ctx.settings.draft
    ? [say(opts.lang, "batch/draftRules", { dirs: (opts.rules ?? []).join(say(opts.lang, "ui/enumComma")) })]
    : [];
  return [...draft, ...reformChanges(ctx)];
}

function tableOptions(opts: BatchOptions): TableOptions {
  return {
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.headerRow !== undefined ? { headerRow: Number(opts.headerRow) } : {}),
  };
}

/**
 * A place where the output cannot be written is said before any work, in words (not EROFS): a missing directory
 * or a target that is not a file as the atomic writer says it, then a place without write permission.
 */
async function writable(out: string, cwd: string): Promise<void> {
  const target = outputPath(cwd, out);
  checkWritable(target, out);
  try {
    await access(dirname(target), constants.W_OK);
  } catch (e) {
    throw new WriteFailed(out, (e as NodeJS.ErrnoException).code ?? "EIO");
  }
}

/** --compare without --out writes no records: the report is the output. */
function nullSink(): Sink {
  const nothing = async () => {};
  return { header: nothing, write: nothing, finish: nothing, abort: nothing };
}
