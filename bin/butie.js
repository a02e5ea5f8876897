#!/usr/bin/env node
// CommonJS (bin/package.json): node starts a CommonJS entry ~10 ms sooner than an ES module. Two answers need
// nothing loaded: a lone `--version`, and the top-level help (`butie`, `--help`, `-h`) where its width is 80
// columns (piped, or an 80-column terminal): `npm run build` writes that text, from the command tree, to
// dist/bin/help-80.txt. test/cli/bundle.test.ts checks both against the bundle. Everything else is the bundle
// (docs/performance.md).
const args = process.argv.slice(2);
const lone = (...flags) => args.length === 1 && flags.includes(args[0]);
if (lone("--version", "-V")) process.stdout.write(`${require("../package.json").version}\n`);
else if (!((args.length === 0 || lone("--help", "-h")) && helpWidth() === 80 && writeHelp()))
  import("../dist/bin/butie.js");

/** The help's width as the bundle finds it (src/cli/helpWidth.ts): the terminal's, else COLUMNS, else 80. */
function helpWidth() {
  const fromEnv = Number(process.env.COLUMNS);
  return (
    (process.stdout.isTTY && process.stdout.columns) ||
    (Number.isInteger(fromEnv) && fromEnv > 20 ? fromEnv : 80)
  );
}

function writeHelp() {
  let text;
  try {
    text = require("node:fs").readFileSync(
      require("node:path").join(__dirname, "../dist/bin/help-80.txt"),
      "utf8",
    );
  } catch {
    return false; // a build without it: the bundle answers
  }
  process.stdout.write(text);
  return true;
}
