// The CLI process: the entry point of the bundle that bin/butie.js loads (bin/butie.js answers a lone
// `--version` itself, before loading this; docs/performance.md).
import nodeModule from "node:module";

// Node ≥ 22.1 keeps V8's compiled code of the bundle between runs; on Node 20 there is no such function.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const [{ main }, { processIo }] = await Promise.all([import("./main.js"), import("./io.js")]);
process.exitCode = await main(process.argv.slice(2), processIo());
