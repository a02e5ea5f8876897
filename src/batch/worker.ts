// The piscina worker of `butie batch`: compiles the rules once per thread, then validates and evaluates
// chunks of rows. Built as its own entry (dist/batch/worker.js) so the CLI bundle can start it by path.
import { workerData } from "node:worker_threads";
import { type InputRow, processChunk } from "./chunk.js";
import { type BatchSettings, batchContext, loadRulesForWorker } from "./context.js";

const settings = workerData as BatchSettings;
const context = batchContext(await loadRulesForWorker(settings), settings);

/** Evaluate one chunk of rows; piscina calls this for each task. */
export default function evaluateChunk(rows: InputRow[]) {
  return processChunk(context, rows);
}
