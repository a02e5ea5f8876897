// The CLI process: the entry point of the bundle that bin/butie.js loads (see docs/performance.md).
import { processIo } from "./io.js";
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2), processIo());
