#!/usr/bin/env node
// CommonJS (bin/package.json): node starts a CommonJS entry ~10 ms sooner than an ES module. Two answers need
// nothing loaded: a lone `--version`, and the top-level help (`butie`, `--help`, `-h`) where its width is 80
// columns (piped, or an 80-column terminal): `npm run build` writes that text, from the command tree, to
// dist/bin/help-80.txt. test/cli/bundle.test.ts checks both against the bundle. Everything else is the bundle,
// started by `start` below (docs/performance.md).
if (require.main === module) {
  const args = process.argv.slice(2);
  const lone = (...flags) => args.length === 1 && flags.includes(args[0]);
  if (lone("--version", "-V")) process.stdout.write(`${require("../package.json").version}\n`);
  else if (!((args.length === 0 || lone("--help", "-h")) && helpWidth() === 80 && writeHelp()))
    start(require("node:path").join(__dirname, "../dist/bin"));
}

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

/**
 * Run the bundle in `dir` (`cli.cjs`), each of its CommonJS files compiled with the V8 code cache that
 * `npm run build` made beside it (`<file>.cache`, after a run of the bundled example, so the functions that run
 * compiled then are in it). Node 20 has no code cache for ES modules, hence CommonJS. A cache from another V8,
 * or damaged, is rejected by V8 and the file compiles from its source as without one; nothing is written here.
 * Returns the compiled scripts by file (the build's warm-up makes the caches from them).
 */
function start(dir) {
  const fs = require("node:fs");
  const path = require("node:path");
  const vm = require("node:vm");
  const { createRequire } = require("node:module");
  const { pathToFileURL } = require("node:url");
  const scripts = new Map();
  const sides = new Map();
  const load = (file) => {
    const source = fs.readFileSync(file, "utf8");
    let cachedData;
    try {
      cachedData = fs.readFileSync(`${file}.cache`);
    } catch {}
    // The wrapper has a line of its own, so the bundle's lines and columns are its source map's.
    const script = new vm.Script(
      `(function (exports, require, module, __filename, __dirname, dynImp) {\n${source}\n})`,
      {
        filename: pathToFileURL(file).href,
        lineOffset: -1,
        cachedData,
      },
    );
    scripts.set(file, script);
    const fromNode = createRequire(file);
    // A file of the bundle beside it (`./<name>.cjs`) loads the same way, once; anything else is node's.
    const bundleRequire = (id) => {
      if (!/^\.\/[\w-]+\.cjs$/.test(id)) return fromNode(id);
      const side = path.join(dir, id);
      if (!sides.has(side)) sides.set(side, load(side));
      return sides.get(side);
    };
    const module = { exports: {} };
    // `import()` in a script compiled from a code cache fails on Node 20: the build makes the bundle's
    // `import("…")` of a package `dynImp("…")`, node's import from here (the package's node_modules).
    script.runInThisContext()(module.exports, bundleRequire, module, file, dir, (id) => import(id));
    return module.exports;
  };
  load(path.join(dir, "cli.cjs"));
  return scripts;
}

module.exports = { start };
