// The CLI process: the entry point of the bundle that bin/butie.js loads (docs/performance.md).
import nodeModule from "node:module";
import { removeTemporaryFiles } from "../files/temporaryFiles.js";
import { VERSION } from "./version.js";

// Node ≥ 22.1 keeps V8's compiled code of the bundle between runs; on Node 20 there is no such function.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// An output file is written under a temporary name until it is whole: Ctrl-C, `kill` or any exit (an uncaught
// error included) removes it, and the run ends as a shell expects of that signal (128 + its number).
process.on("exit", removeTemporaryFiles);
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
] as const)
  process.once(signal, () => {
    removeTemporaryFiles();
    process.exit(code);
  });

const argv = process.argv.slice(2);
// `--version` alone is answered before the command tree (commander and every option) is even loaded.
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) process.stdout.write(`${VERSION}\n`);
else {
  const [{ main }, { processIo }] = await Promise.all([import("./main.js"), import("./io.js")]);
  process.exitCode = await main(argv, processIo());
}
