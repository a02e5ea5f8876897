// The piscina worker of `butie batch`: compiles the rules once per thread, then validates and evaluates
// chunks of rows. Built as its own entry (dist/batch/worker.js) so the CLI bundle can start it by path.
import { workerData } from "node:worker_threads";
import { compiledProgram } from "../compiled/compiledProgram.js";
import { type InputRow, processChunk } from "./chunk.js";
import { type BatchContext, type BatchSettings, batchContext, loadRulesForWorker } from "./context.js";

const settings = workerData as BatchSettings;
const context = compiled(batchContext(await loadRulesForWorker(settings), settings));

/** A batch never explains: every program with its expressions generated as JavaScript (same results). */
function compiled(ctx: BatchContext): BatchContext {
  return {
    ...ctx,
    programs: ctx.programs.map(compiledProgram),
    ...(ctx.reform ? { reform: ctx.reform.map(compiledProgram) } : {}),
  };
}

/** Evaluate one chunk of rows; piscina calls this for each task. */
export default function evaluateChunk(rows: InputRow[]) {
  return processChunk(context, rows);
}
