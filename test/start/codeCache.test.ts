// The bundled CLI's CommonJS files start from V8's code cache made by the build (bin/butie.js `start`,
// scripts/build-cli.mjs). A cache V8 refuses — damaged, or from another node — must change nothing but speed.
// No timing here: speed is measured by `npm run bench`.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const outDir = join(root, `dist/code-cache-test-${process.pid}`);
const EVAL = ["eval", "examples/hefei-provident-fund.yaml", "--as-of", "2022-03-01", "--format", "json"];

/** One run through bin/butie.js's `start`, and whether V8 refused each file's cache (file → rejected). */
function run(args: string[]) {
  const report = [
    `const scripts = require(${JSON.stringify(join(root, "bin/butie.js"))}).start(${JSON.stringify(outDir)});`,
    'process.on("exit", () => process.stderr.write("\\n@" + JSON.stringify([...scripts].map(([f, s]) => [require("node:path").basename(f), s.cachedDataRejected ?? null]))));',
  ].join("\n");
  const r = spawnSync(process.execPath, ["-e", report, "butie", ...args], { cwd: root, encoding: "utf8" });
  const [stderr, rejected] = r.stderr.split("\n@");
  return {
    status: r.status,
    stdout: r.stdout,
    stderr,
    rejected: Object.fromEntries(JSON.parse(rejected ?? "[]")),
  };
}

const caches = () => readdirSync(outDir).filter((f) => f.endsWith(".cache"));

beforeAll(() => {
  const built = spawnSync(process.execPath, ["scripts/build-cli.mjs"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, BUTIE_BUNDLE_DIR: `dist/${basename(outDir)}` },
  });
  expect(built.status, built.stderr).toBe(0);
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("the code cache of the bundled CLI", () => {
  it("is made by the build for the start file and what the example's run loads, and V8 accepts it", () => {
    expect(caches()).toEqual(
      expect.arrayContaining(["cli.cjs.cache", "catalogue-zh.cjs.cache", "yaml.cjs.cache"]),
    );
    const r = run(EVAL);
    expect(r.status).toBe(0);
    expect(r.rejected).toMatchObject({ "cli.cjs": false, "catalogue-zh.cjs": false });
    expect(r.rejected).not.toHaveProperty(["yaml.cjs"]);
    // yaml's cache is made by the warm-up with `--rules`: the example profile is read without the library.
    expect(run([...EVAL, "--rules", "examples/local-rules"]).rejected).toMatchObject({ "yaml.cjs": false });
  });

  it("answers the same when every cache is damaged (V8 refuses it) or missing", () => {
    const good = run(EVAL);
    // 3333 × 5% for the person and for the unit, rounded up to the yuan (README).
    expect(
      JSON.parse(good.stdout).results.find((x: { program: string }) => x.program === "hefei.provident-fund"),
    ).toMatchObject({ status: "eligible", amount: { value: 334, per: "month" } });
    const saved = new Map(caches().map((f) => [f, readFileSync(join(outDir, f))]));
    try {
      for (const [f, bytes] of saved) writeFileSync(join(outDir, f), Buffer.from(bytes.map((b) => b ^ 0x5a)));
      const damaged = run(EVAL);
      expect(damaged.rejected).toMatchObject({ "cli.cjs": true, "catalogue-zh.cjs": true });
      expect([damaged.status, damaged.stdout, damaged.stderr]).toEqual([
        good.status,
        good.stdout,
        good.stderr,
      ]);
      for (const f of saved.keys()) rmSync(join(outDir, f));
      const none = run(EVAL);
      // Without cachedData V8 has nothing to accept or refuse.
      expect(none.rejected).toMatchObject({ "cli.cjs": null });
      expect([none.status, none.stdout, none.stderr]).toEqual([good.status, good.stdout, good.stderr]);
    } finally {
      for (const [f, bytes] of saved) writeFileSync(join(outDir, f), bytes);
    }
  });

  // A script compiled from a code cache has no `import()` of its own on Node 20 (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING):
  // the packages the bundle imports so (exceljs, the spreadsheet reader) come through bin/butie.js.
  it("loads a package the bundle imports with import(), from any directory: a spreadsheet written", () => {
    const dir = mkdtempSync(join(tmpdir(), "butie-xlsx-"));
    try {
      const out = join(dir, "out.xlsx");
      const csv = join(root, "examples/batch/applicants.csv");
      const r = spawnSync(
        process.execPath,
        [join(outDir, "butie.js"), "batch", csv, "--as-of", "2022-03-01", "--out", out],
        { cwd: dir, encoding: "utf8" },
      );
      expect(r.stderr).not.toMatch(/internal error|ERR_/);
      expect(r.stderr).toContain("5"); // the summary: 5 records
      expect(r.status).toBe(0);
      expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK"); // a zip: the workbook
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps stack frames on the file's own lines and columns, as its source map reads them", () => {
    const dir = mkdtempSync(join(tmpdir(), "butie-start-"));
    try {
      // Files as the build writes them: modules by name, and in cli.cjs which file holds the others.
      const file = (modules: string, files = "") =>
        `(function () {\nreturn {${files}\nmodules: {\n${modules}\n}\n};\n})\n`;
      const module = (name: string, code: string) =>
        `${JSON.stringify(name)}: function (exports, require, module, __filename, __dirname, dynImp) {\n${code}\n},`;
      writeFileSync(
        join(dir, "cli.cjs"),
        file(
          module("cli.cjs", 'const side = require("./side.cjs");\n  side.fail();'),
          'files: {"side.cjs": "other.cjs"},',
        ),
      );
      writeFileSync(
        join(dir, "other.cjs"),
        file(module("side.cjs", "exports.fail = () => {\n    throw new Error('probe');\n};")),
      );
      const r = spawnSync(
        process.execPath,
        ["-e", `require(${JSON.stringify(join(root, "bin/butie.js"))}).start(${JSON.stringify(dir)})`],
        { encoding: "utf8" },
      );
      expect(r.stderr).toContain("Error: probe");
      expect(r.stderr).toContain(`${pathToFileURL(join(dir, "other.cjs")).href}:6:11`);
      expect(r.stderr).toContain(`${pathToFileURL(join(dir, "cli.cjs")).href}:6:8`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is written in ASCII, so that a start reads each file as a one-byte string without decoding it", () => {
    const files = readdirSync(outDir).filter((f) => f.endsWith(".cjs"));
    expect(files).toContain("cli.cjs");
    for (const f of files)
      expect(
        readFileSync(join(outDir, f)).some((b) => b > 0x7f),
        f,
      ).toBe(false);
  });

  it("writes to a file or the null device without node's stream modules, the same bytes as to a pipe", () => {
    const piped = run(EVAL);
    const dir = mkdtempSync(join(tmpdir(), "butie-stdout-"));
    try {
      const streams = `process.on("exit", () => { const loaded = process.moduleLoadList.includes("NativeModule stream"); process.stderr.write("\\n@" + loaded); });`;
      for (const target of [join(dir, "out.json"), "/dev/null"]) {
        const fd = openSync(target, "w");
        const r = spawnSync(
          process.execPath,
          [
            "-e",
            `${streams}\nrequire(${JSON.stringify(join(root, "bin/butie.js"))}).start(${JSON.stringify(outDir)});`,
            "butie",
            ...EVAL,
          ],
          {
            cwd: root,
            encoding: "utf8",
            stdio: ["ignore", fd, "pipe"],
          },
        );
        closeSync(fd);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stderr.split("\n@")[1], target).toBe("false");
      }
      expect(readFileSync(join(dir, "out.json"), "utf8")).toBe(piped.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
