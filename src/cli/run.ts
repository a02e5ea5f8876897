// The CLI process: the entry point of the bundle that bin/butie.js loads (docs/performance.md).
import nodeModule from "node:module";
import { VERSION } from "./version.js";

// Node ≥ 22.1 keeps V8's compiled code of the bundle between runs; on Node 20 there is no such function.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const argv = process.argv.slice(2);
// `--version` alone is answered before the command tree (commander and every option) is even loaded.
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) process.stdout.write(`${VERSION}\n`);
else {
  const [{ main }, { processIo }] = await Promise.all([import("./main.js"), import("./io.js")]);
  process.exitCode = await main(argv, processIo());
}
