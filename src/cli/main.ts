import { CommanderError } from "commander";
import { diagnosticJson, EXIT, formatDiagnosticIn, InputError, UsageError } from "../diagnostics.js";
import { escapeControl } from "../echo.js";
import { jsonOutput } from "../text/guard.js";
import { buildProgram } from "./commandTree.js";
import type { Io } from "./io.js";
import { endedByOutputFailure, langOf } from "./outputFailure.js";
import { guardedIo } from "./outputGuard.js";
import { readableStack } from "./readableStack.js";
import { commanderMessage } from "./usageMessages.js";

/** Run the CLI with `argv` (without node and script); resolves to the exit code. Never exits the process. */
export async function main(argv: readonly string[], rawIo: Io): Promise<number> {
  // Everything any command writes passes the output guard: ID numbers masked, stray control characters shown.
  const io = guardedIo(rawIo);
  let code: number = EXIT.ok;
  const program = buildProgram(argv, io, (c) => {
    code = c;
  });
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT.ok;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    return reportFailure(e, io, wantsJson(argv), langOf(argv));
  }
}

function wantsJson(argv: readonly string[]): boolean {
  return argv.some(
    (a, i) =>
      a === "--format=json" ||
      a === "--reporter=json" ||
      (a === "json" && /^--(format|reporter)$/.test(argv[i - 1] ?? "")),
  );
}

function reportFailure(e: unknown, io: Io, json: boolean, lang: "zh" | "en"): number {
  const error = (body: Record<string, unknown>) => io.stdout.write(`${jsonOutput({ error: body })}\n`);
  if (e instanceof CommanderError) {
    const ok =
      e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help";
    if (ok) return EXIT.ok;
    const text = commanderMessage(e);
    if (json) error({ kind: "usage", message: text.en, messageZh: text.zh });
    else io.stderr.write(`butie: ${escapeControl(text[lang])}\n`);
    return EXIT.cannotRun;
  }
  if (e instanceof InputError) {
    if (json) error({ kind: "input", diagnostics: e.diagnostics.map((d) => diagnosticJson(d, lang)) });
    else for (const d of e.diagnostics) io.stderr.write(`${formatDiagnosticIn(d, lang)}\n`);
    return EXIT.cannotRun;
  }
  if (e instanceof UsageError) {
    if (json) error({ kind: "usage", message: e.in("en"), messageZh: e.in("zh") });
    else io.stderr.write(`butie: ${e.linesIn(lang).map(escapeControl).join("\n  ")}\n`);
    return EXIT.cannotRun;
  }
  // The reader of the output stopped (`butie batch … | head`): the output ends there, as it does for `eval`.
  if ((e as NodeJS.ErrnoException | undefined)?.code === "EPIPE") return EXIT.ok;
  if (endedByOutputFailure(e)) return EXIT.cannotRun;
  const detail = e instanceof Error ? readableStack(e.stack ?? e.message) : String(e);
  // JSON mode stays JSON: a reader of stdout gets an error object, the stack goes to stderr.
  if (json) error({ kind: "internal", message: "internal error — this is a bug in butie, please report it" });
  io.stderr.write(`butie: internal error — this is a bug in butie, please report it.\n${detail}\n`);
  return EXIT.cannotRun;
}
