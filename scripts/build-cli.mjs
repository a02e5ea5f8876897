// Build step: bundle the CLI with esbuild into dist/bin/ (docs/performance.md, "How the CLI is built").
// The CLI is one CommonJS start file, cli.cjs, with every command in it: a command's modules run only when it
// runs (esbuild wraps each `await import("…")` target in a lazy initialiser). What only some runs need is a
// CommonJS file of its own beside it, required on first use. Each file gets V8's code cache from a warm-up run.
// The batch worker, a process of its own, is an ES module.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { build } from "esbuild";

// Tests build a copy elsewhere; any directory directly below dist/ keeps the source's relative paths right.
const OUT_DIR = process.env.BUTIE_BUNDLE_DIR ?? "dist/bin";
if (!/^dist\/[^/]+$/.test(OUT_DIR)) throw new Error(`BUTIE_BUNDLE_DIR must be dist/<name>, not ${OUT_DIR}`);

/**
 * Dependencies left as `import`s of node_modules instead of bundled: ones that load files of their own by path
 * (piscina starts its own worker script) and large CommonJS libraries only one command uses, which gain
 * nothing from bundling. Every other dependency is bundled.
 */
const EXTERNAL = ["piscina", "exceljs", "@gorules/zen-engine", "json-rules-engine"];
/** Large CommonJS libraries of `batch` alone (spreadsheets, text encodings): required from node_modules. */
const EXTERNAL_CJS = ["@e965/xlsx", "iconv-lite"];

const require = createRequire(import.meta.url);
/** The digits of a source map's base64 VLQ numbers. */
const VLQ = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const isIdentifier = (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== "default";

/**
 * (The batch worker, an ES module.) `import { readFileSync } from "node:fs"` in ESM makes node build an ES-module facade of the built-in,
 * which reads every export — `fs.ReadStream` loads all of node's stream code — several ms of every start.
 * A built-in taken with `require` has no facade, so each ESM import of one becomes a `require` here, with
 * every named export a pure expression that esbuild drops unless some module uses it.
 */
const builtinsByRequire = {
  name: "builtins-by-require",
  setup(b) {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    b.onResolve({ filter: /^[a-z_:/]+$/ }, (args) =>
      args.kind === "import-statement" && builtins.has(args.path) && args.namespace === "file"
        ? { path: args.path.replace(/^node:/, ""), namespace: "builtin-by-require" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "builtin-by-require" }, ({ path }) => {
      const names = Object.keys(require(path)).filter(isIdentifier);
      const get = (n) => `/* @__PURE__ */ (() => m.${n})()`;
      return {
        contents: [
          `const m = require(${JSON.stringify(`node:${path}`)});`,
          "export default m;",
          ...names.map((n) => `export const ${n} = ${get(n)};`),
        ].join("\n"),
        loader: "js",
      };
    });
  },
};

/**
 * An esbuild plugin that gives an import matching `filter`, made by a file matching `importer`, other contents:
 * `load(args)` of the path `to(args)` (the rest of the build resolves as before).
 */
function substitute(name, filter, importer, to, load) {
  return {
    name,
    setup(b) {
      b.onResolve({ filter }, (args) =>
        importer.test(args.importer) ? { path: to(args), namespace: name } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: name }, (args) => ({ loader: "js", ...load(args) }));
    },
  };
}

/** commander requires node:child_process (and with it sockets and streams) only to run external subcommands. */
const lazyChildProcessForCommander = substitute(
  "lazy-child-process",
  /^(node:)?child_process$/,
  /node_modules\/commander\//,
  () => "child_process",
  () => ({
    contents: 'module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });',
  }),
);

/**
 * chalk works out a default colour level when loaded (supports-color: `node:tty`, which loads `node:net` and
 * node's streams, ~8 ms of every start). butie never uses that level: src/cli/color.ts gives every `Chalk` its
 * level. So chalk's defaults are "no colour" in its file (`chalk.cjs`), and nothing is asked of the terminal.
 */
const chalkWithoutDetection = substitute(
  "chalk-without-detection",
  /^#supports-color$/,
  /node_modules\/chalk\//,
  () => "none",
  () => ({ contents: "export default { stdout: false, stderr: false };" }),
);

/**
 * chalk is a file of its own, `chalk.cjs`, required the first time a `Chalk` is made: src/cli/color.ts makes none
 * for a run without colour (a pipe, a file, JSON), which then neither reads nor runs chalk (~1 ms and ~120 kB of
 * every such start). The library (tsc's dist/) keeps the static import.
 */
const chalkOnDemand = {
  name: "chalk-on-demand",
  setup(b) {
    b.onResolve({ filter: /^chalk$/ }, (args) =>
      /src\/cli\/color\.ts$/.test(args.importer)
        ? { path: "chalk", namespace: "chalk-on-demand" }
        : undefined,
    );
    // The stub's `require` stays a require of the file beside cli.cjs at run time.
    b.onResolve({ filter: /^\.\/chalk\.cjs$/ }, ({ path }) => ({ path, external: true }));
    b.onLoad({ filter: /.*/, namespace: "chalk-on-demand" }, () => ({
      contents: [
        "let chalk;",
        "export class Chalk {",
        "  constructor(options) {",
        '    chalk ??= require("./chalk.cjs");',
        "    return new chalk.Chalk(options);",
        "  }",
        "}",
      ].join("\n"),
      loader: "js",
    }));
  },
};

/**
 * zod re-exports all 65 of its locales (`z.locales`) from its entry; butie words zod's issues itself and zod's own
 * default is English, so only `en` is bundled: zod.cjs 582 kB → ~290 kB, read by every local rule directory.
 */
const zodEnglishOnly = substitute(
  "zod-english-only",
  /^\.\.\/locales\/index\.js$/,
  /node_modules\/zod\/v4\/(classic|core)\//,
  (args) => join(dirname(args.importer), "../locales/en.js"),
  (args) => ({
    contents: `export { default as en } from ${JSON.stringify(args.path)};`,
    resolveDir: dirname(args.path),
  }),
);

/**
 * Each language's words (src/messages/zh.ts, en.ts: ~48 and ~33 kB of closures, ~7 ms each to compile and run at
 * every start) are a CommonJS file of their own, `catalogue-<lang>.cjs`, required the first time a word of that
 * language is asked for: a Chinese run never loads the English words, `--help` loads neither, and a JSON run that
 * says a message in both languages loads both. `require` is synchronous, so `say` stays a plain function; the
 * library (tsc's dist/) keeps the static imports.
 */
const catalogueOnDemand = {
  name: "catalogue-on-demand",
  setup(b) {
    b.onResolve({ filter: /^\.\/(zh|en)\.js$/ }, (args) =>
      /src\/messages\/index\.ts$/.test(args.importer)
        ? { path: args.path.slice(2, 4), namespace: "catalogue-on-demand" }
        : undefined,
    );
    // The stub's `require` stays a require of the file beside cli.cjs at run time.
    b.onResolve({ filter: /^\.\/catalogue-(zh|en)\.cjs$/ }, ({ path }) => ({ path, external: true }));
    b.onLoad({ filter: /.*/, namespace: "catalogue-on-demand" }, ({ path: lang }) => ({
      contents: [
        "let words;",
        `const load = () => (words ??= require("./catalogue-${lang}.cjs").${lang});`,
        `export const ${lang} = new Proxy({}, { get: (_, code) => load()[code] });`,
      ].join("\n"),
      loader: "js",
    }));
  },
};

const shared = {
  bundle: true,
  platform: "node",
  target: "node20",
  // Less source for V8 to parse at each start; identifiers are kept so stack frames name real functions.
  minifyWhitespace: true,
  minifySyntax: true,
  // Read only when an internal error is reported (src/cli/readableStack.ts), never at start-up.
  sourcemap: true,
  sourcesContent: false,
  logLevel: "warning",
};

/**
 * The CLI's CommonJS files, each loaded by bin/butie.js through `vm.Script` with the V8 code cache made below
 * (`<file>.cache`): the start file, and beside it what only some runs need, `require`d the first time it is
 * used — each language's words, yaml (a YAML profile, `check`, `test` of other fixtures) and zod (a local rule
 * directory, `check`). Output name → source.
 */
const SIDE_FILES = {
  "catalogue-zh": "src/messages/zh.ts",
  "catalogue-en": "src/messages/en.ts",
  // yaml's ES-module build (the same code as its CommonJS one for node), so esbuild can tree-shake it.
  yaml: join(dirname(require.resolve("yaml/package.json")), "browser/index.js"),
  zod: require.resolve("zod").replace(/index\.c?js$/, "index.js"),
  chalk: require.resolve("chalk"),
};
const sideFile = {
  name: "side-files",
  setup(b) {
    b.onResolve({ filter: /^(yaml|zod)$/ }, ({ path }) => ({ path: `./${path}.cjs`, external: true }));
  },
};

/**
 * The modules an `eval` loads on demand: their chunks are in the start file with what every run loads, so the
 * commonest run reads one file (and its language's words). A profile written in plain YAML or JSON needs no more
 * (src/cli/plainProfile.ts); other YAML loads `profileDocuments.ts` and yaml's file.
 */
const START_WITH = ["src/cli/run.ts", "src/cli/commands/eval.ts"];
const URL_BANNER = /__butieUrl ?= ?require\("node:url"\)\.pathToFileURL\(__filename\)\.href/;
// Steps write beside OUT_DIR, at its depth, so the source maps' relative paths hold in OUT_DIR.
const ESM_DIR = `${OUT_DIR}-esm`;
const CJS_DIR = `${OUT_DIR}-cjs`;
for (const dir of [OUT_DIR, ESM_DIR, CJS_DIR]) rmSync(dir, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });
await build({
  ...shared,
  entryPoints: SIDE_FILES,
  outdir: CJS_DIR,
  format: "cjs",
  outExtension: { ".js": ".cjs" },
  plugins: [zodEnglishOnly, chalkWithoutDetection],
});
// esbuild splits an ES-module build at each `await import`, so that every module is in exactly one chunk (a class
// has one identity, a module's state is kept once); each chunk then becomes a CommonJS module.
const esm = await build({
  ...shared,
  entryPoints: { cli: "src/cli/run.ts" },
  outdir: ESM_DIR,
  format: "esm",
  splitting: true,
  outExtension: { ".js": ".cjs" },
  chunkNames: "[name]-[hash]",
  external: [...EXTERNAL, ...EXTERNAL_CJS],
  metafile: true,
  plugins: [lazyChildProcessForCommander, chalkOnDemand, catalogueOnDemand, sideFile],
  // The source finds files beside it (rule bundle, region table, the batch worker) from `import.meta.url`.
  define: { "import.meta.url": "__butieUrl" },
  banner: { js: 'var __butieUrl = require("node:url").pathToFileURL(__filename).href;' },
});
const chunks = new Map(
  Object.entries(esm.metafile.outputs)
    .filter(([file]) => file.endsWith(".cjs"))
    .map(([file, out]) => [
      basename(file),
      {
        entryPoint: out.entryPoint,
        inputs: Object.keys(out.inputs),
        imports: out.imports
          .filter((i) => i.kind === "import-statement" && !i.external)
          .map((i) => basename(i.path)),
      },
    ]),
);
await build({
  ...shared,
  bundle: false,
  entryPoints: [...chunks.keys()].map((name) => join(ESM_DIR, name)),
  outdir: CJS_DIR,
  format: "cjs",
  entryNames: "[name]",
  outExtension: { ".js": ".cjs" },
});
const groups = fileOfEachChunk(chunks);
const files = Object.fromEntries(
  [...groups].flatMap(([file, members]) => (file === "cli.cjs" ? [] : members.map((m) => [m, file]))),
);
for (const [file, members] of groups) writeBundleFile(file, members, file === "cli.cjs" ? files : undefined);
for (const side of Object.keys(SIDE_FILES)) writeBundleFile(`${side}.cjs`, [`${side}.cjs`]);
for (const dir of [ESM_DIR, CJS_DIR]) rmSync(dir, { recursive: true, force: true });

/**
 * Chunks by the file that holds them: `cli.cjs` those that START_WITH's modules load without an `import()`; a
 * chunk only one other `import()` target loads, in that target's file (named by its chunk); a chunk several load
 * (a few kB each), in a file of its own — a run reads no code that only another command runs.
 */
function fileOfEachChunk(all) {
  const loadedBy = (name, seen = new Set()) => {
    if (!seen.has(name)) {
      seen.add(name);
      for (const next of all.get(name).imports) loadedBy(next, seen);
    }
    return seen;
  };
  const entries = [...all].filter(([, c]) => c.entryPoint).map(([name, c]) => ({ name, from: c.entryPoint }));
  const start = new Set();
  for (const e of entries) if (START_WITH.includes(e.from)) loadedBy(e.name, start);
  const loaders = new Map();
  for (const e of entries)
    if (!start.has(e.name))
      for (const chunk of loadedBy(e.name))
        if (!start.has(chunk)) loaders.set(chunk, [...(loaders.get(chunk) ?? []), e.name]);
  const groups = new Map([["cli.cjs", [...start].sort()]]);
  for (const [chunk, by] of [...loaders].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = by.length === 1 ? by[0] : chunk;
    groups.set(file, [...(groups.get(file) ?? []), chunk]);
  }
  return groups;
}

/**
 * The code with every character past ASCII written as `\\uXXXX`, and its source map's columns moved to match:
 * esbuild escapes them in strings but not in regular expressions (`/^(市辖区|县)$/`), and a few such characters
 * made node read the whole 340 kB start file as UTF-8 into a two-byte string (bin/butie.js reads an ASCII file as
 * latin1: no decoding, half the memory). In a regular expression, with or without the `u` flag, `\\uXXXX` (a pair
 * of them past U+FFFF) is the character itself; the minified code has no comments, and strings and templates are
 * already escaped, so only regular expressions hold such characters. One after a backslash is refused.
 */
function asciiOnly(code, map) {
  if (!/[^\0-\x7f]/.test(code)) return { code, map };
  const lines = code.split("\n");
  const mappings = map.mappings.split(";");
  const escaped = lines.map((text, i) => {
    if (!/[^\0-\x7f]/.test(text)) return text;
    const shifts = []; // [column in the original line, columns added before it]
    let added = 0;
    const out = text.replace(/[^\0-\x7f]/g, (c, at) => {
      if (text[at - 1] === "\\")
        throw new Error(
          `build: an escaped non-ASCII character at ${JSON.stringify(text.slice(at - 20, at + 20))}`,
        );
      added += 5;
      shifts.push([at + 1, added]);
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    });
    if (mappings[i])
      mappings[i] = shiftColumns(mappings[i], (column) => {
        let by = 0;
        for (const [from, total] of shifts) if (column >= from) by = total;
        return column + by;
      });
    return out;
  });
  return { code: escaped.join("\n"), map: { ...map, mappings: mappings.join(";") } };
}

/** One line of source-map mappings with each segment's generated column moved by `move` (the other fields kept). */
function shiftColumns(line, move) {
  let column = 0;
  let moved = 0;
  return line
    .split(",")
    .map((segment) => {
      const [delta, rest] = readVlq(segment);
      column += delta;
      const to = move(column);
      const out = writeVlq(to - moved) + rest;
      moved = to;
      return out;
    })
    .join(",");
}

function readVlq(segment) {
  let value = 0;
  let shift = 0;
  let i = 0;
  for (;;) {
    const digit = VLQ.indexOf(segment[i++]);
    value += (digit & 31) << shift;
    shift += 5;
    if (!(digit & 32)) break;
  }
  return [value & 1 ? -(value >>> 1) : value >>> 1, segment.slice(i)];
}

function writeVlq(number) {
  let value = number < 0 ? (-number << 1) | 1 : number << 1;
  let out = "";
  do {
    const digit = value & 31;
    value >>>= 5;
    out += VLQ[value ? digit | 32 : digit];
  } while (value);
  return out;
}

/**
 * One file of the bundle, as bin/butie.js runs it: `(function () { return { modules, files } })`, each module a
 * CommonJS one (a function of `exports, require, module, __filename, __dirname, dynImp`); `files` (in cli.cjs):
 * which file holds each module that is not in it. Its source map is the modules' maps, each at its line.
 */
function writeBundleFile(file, members, filesOfModules) {
  const parts = ["(function () {\nreturn {\n"];
  if (filesOfModules) parts.push(`files: ${JSON.stringify(filesOfModules)},\n`);
  parts.push("modules: {\n");
  let line = parts.join("").split("\n").length - 1;
  const sections = [];
  for (const name of members) {
    const code = readFileSync(join(CJS_DIR, name), "utf8")
      .replace(/\n\/\/# sourceMappingURL=\S+\n?$/, "")
      // A script compiled by `vm.Script` from a code cache has no working `import()` on Node 20
      // (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING): `import("…")` of a chunk or a package goes through `dynImp`,
      // which bin/butie.js gives each module. The same length as `import`, so the source map's columns hold.
      .replace(/\bimport\((?="[^"]+"\))/g, "dynImp(")
      // Every chunk has the banner; a chunk that does not read `import.meta.url` is spared a pathToFileURL (~30 µs
      // each, cold) — blanked to the same length, so the source map's columns hold.
      .replace(URL_BANNER, (banner, _at, code) =>
        code.split("__butieUrl").length > 2 ? banner : "__butieUrl=void 0".padEnd(banner.length),
      );
    parts.push(
      `${JSON.stringify(name)}: function (exports, require, module, __filename, __dirname, dynImp) {\n`,
    );
    const map = asciiOnly(code, JSON.parse(readFileSync(join(CJS_DIR, `${name}.map`), "utf8")));
    sections.push({ offset: { line: line + 1, column: 0 }, map: map.map });
    parts.push(`${map.code}\n},\n`);
    line += code.split("\n").length + 2;
  }
  parts.push("}\n};\n})\n");
  writeFileSync(join(OUT_DIR, file), parts.join(""));
  writeFileSync(join(OUT_DIR, `${file}.map`), JSON.stringify({ version: 3, file, sections }));
}
// The batch worker, a process of its own, stays an ES module.
await build({
  ...shared,
  entryPoints: { "batch-worker": "src/batch/worker.ts" },
  outdir: OUT_DIR,
  splitting: true,
  format: "esm",
  external: EXTERNAL,
  entryNames: "[name]",
  chunkNames: "[name]-[hash]",
  plugins: [builtinsByRequire],
  banner: {
    js: 'import { createRequire as __butieCreateRequire } from "node:module"; const require = __butieCreateRequire(import.meta.url);',
  },
});
// `node dist/<name>/butie.js`: the CLI of this directory, started as bin/butie.js starts dist/bin's (tests build
// into directories of their own).
writeFileSync(
  join(OUT_DIR, "butie.js"),
  'import { createRequire } from "node:module";\ncreateRequire(import.meta.url)("../../bin/butie.js").start(import.meta.dirname);\n',
);

// V8's code cache of each CommonJS file a run of the bundled example loads, made after that run so the functions
// it compiled lazily are in it: `npm install` builds on the user's own node, whose V8 then accepts it.
// `BUTIE_CODE_CACHE=0` builds without (the tests of a start without one).
if (process.env.BUTIE_CODE_CACHE !== "0") {
  const warmUp = [
    'const { existsSync, writeFileSync } = require("node:fs");',
    `const scripts = require(${JSON.stringify(join(process.cwd(), "bin/butie.js"))}).start(${JSON.stringify(join(process.cwd(), OUT_DIR))});`,
    'process.on("exit", () => { for (const [file, script] of scripts) if (!existsSync(file + ".cache")) writeFileSync(file + ".cache", script.createCachedData()); });',
  ].join("\n");
  // A file's cache comes from the first of these runs that loads it: the bundled example first, the start's own
  // measure; then in colour (chalk), a local rule directory (zod), `test` and `check`, whose ending is the rules'
  // business, not the build's (their caches are only a speed-up).
  const example = ["eval", "examples/hefei-provident-fund.yaml", "--as-of", "2022-03-01"];
  const colour = { FORCE_COLOR: "1" };
  const runs = [
    [example],
    [example, colour],
    [[...example, "--rules", "examples/local-rules"]],
    [["test"]],
    [["check"]],
  ];
  for (const [args, env = {}] of runs) {
    const warm = spawnSync(process.execPath, ["-e", warmUp, "butie", ...args], {
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
    if (warm.status !== 0 && args === example && env !== colour)
      throw new Error(`the code cache's warm-up run failed: ${warm.stderr}`);
  }
}
// The top-level help at 80 columns (piped, or an 80-column terminal), which bin/butie.js prints without loading
// the bundle: the command tree's own output, so it is what the bundle would print.
const help = spawnSync(process.execPath, [join(OUT_DIR, "butie.js"), "--help"], {
  encoding: "utf8",
  env: { ...process.env, COLUMNS: "80" },
});
if (help.status !== 0 || !help.stdout) throw new Error(`the bundle's --help failed: ${help.stderr}`);
writeFileSync(join(OUT_DIR, "help-80.txt"), help.stdout);
// `BUTIE_METAFILE=meta.json npm run build` writes which modules went into each file (`outputs`) and each chunk.
if (process.env.BUTIE_METAFILE) {
  const outputs = Object.fromEntries(
    [...groups].map(([file, members]) => [
      join(OUT_DIR, file),
      {
        chunks: Object.fromEntries(members.map((m) => [m, chunks.get(m).inputs])),
        inputs: Object.fromEntries(members.flatMap((m) => chunks.get(m).inputs.map((i) => [i, {}]))),
      },
    ]),
  );
  writeFileSync(process.env.BUTIE_METAFILE, JSON.stringify({ outputs }));
}
