// The CLI process: the entry point of the bundle that bin/butie.js loads (bin/butie.js answers a lone
// `--version` itself, before loading this; docs/performance.md). No top-level await: the bundle is CommonJS,
// which V8 can keep compiled in a code cache made at build time (Node 20 has none for ES modules).
import nodeModule from "node:module";
import { processIo } from "./io.js";
import { main } from "./main.js";

// Node ≥ 22.1 keeps V8's compiled code of files loaded from node_modules between runs; on Node 20 there is none.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
