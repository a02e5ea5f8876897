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
 * Run the bundle in `dir`. Each of its files is `(function () { return { modules, files } })` (scripts/build-cli.mjs):
 * CommonJS modules by name, and in `cli.cjs` which file holds each module it does not; a module is run when first
 * required (`./<name>.cjs`), its file read when first needed. Each file is compiled with the V8 code cache that
 * `npm run build` made beside it (`<file>.cache`, after runs of the bundled example and of `test` and `check`, so
 * the functions they ran are compiled in it). Node 20 has no code cache for ES modules, hence CommonJS. A cache
 * from another V8, or damaged, is rejected by V8 and the file compiles from its source as without one; nothing is
 * written here. Returns the compiled scripts by file (the build's warm-up makes the caches from them).
 */
function start(dir) {
  const fs = require("node:fs");
  const path = require("node:path");
  const vm = require("node:vm");
  const { pathToFileURL } = require("node:url");
  const scripts = new Map();
  const defined = new Map(); // module → its function and the file that holds it
  const fileOf = new Map(); // module → the file that holds it, when not read yet
  const exportsOf = new Map();
  const isBundleModule = (id) => /^\.\/[\w-]+\.cjs$/.test(id);
  const { isAscii } = require("node:buffer");
  const read = (file) => {
    // The build writes its files in ASCII: read as latin1, a file is a one-byte string with no UTF-8 decoding.
    const bytes = fs.readFileSync(file);
    const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
    let cachedData;
    try {
      cachedData = fs.readFileSync(`${file}.cache`);
    } catch {}
    const script = new vm.Script(source, { filename: pathToFileURL(file).href, cachedData });
    scripts.set(file, script);
    const { modules, files = {} } = script.runInThisContext()();
    for (const [name, run] of Object.entries(modules)) defined.set(name, { run, file });
    for (const [name, holder] of Object.entries(files)) fileOf.set(name, holder);
  };
  const fromNode = require("node:module").createRequire(path.join(dir, "cli.cjs"));
  const bundleRequire = (id) => {
    if (!isBundleModule(id)) return fromNode(id);
    const name = id.slice(2);
    if (!exportsOf.has(name)) {
      if (!defined.has(name)) read(path.join(dir, fileOf.get(name) ?? name));
      const { run, file } = defined.get(name);
      const module = { exports: {} };
      exportsOf.set(name, module.exports); // as node's require: a cycle sees the exports so far
      run(module.exports, bundleRequire, module, file, dir, dynamicImport);
      exportsOf.set(name, module.exports);
    }
    return exportsOf.get(name);
  };
  // `import()` in a script compiled from a code cache fails on Node 20: the build makes the bundle's
  // `import("…")` `dynImp("…")` — a module of the bundle, or node's import from here (the package's node_modules).
  const dynamicImport = (id) =>
    isBundleModule(id) ? Promise.resolve().then(() => bundleRequire(id)) : import(id);
  bundleRequire("./cli.cjs");
  return scripts;
}

module.exports = { start };
