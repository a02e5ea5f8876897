// The shipped CLI is an esbuild bundle (scripts/build-cli.mjs): it must start, answer, and keep each command's
// heavy dependencies out of the others' start-up path. Built into a directory of its own so tests that run
// bin/butie.js meanwhile are not disturbed. No timing here: speed is measured by `npm run bench`.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const outDir = `dist/bundle-test-${process.pid}`;
const metafile = join(root, outDir, "meta.json");

type Meta = {
  outputs: Record<string, { inputs: Record<string, unknown>; chunks: Record<string, string[]> }>;
};

function run(...args: string[]) {
  return spawnSync(process.execPath, [join(root, outDir, "butie.js"), ...args], {
    cwd: root,
    encoding: "utf8",
  });
}

/** The npm packages among `inputs` (paths may lead through a symlinked node_modules elsewhere). */
const packages = (inputs: Set<string>) =>
  new Set(
    [...inputs].flatMap((i) => {
      const m = i.match(/(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//);
      return m?.[1] ? [m[1]] : [];
    }),
  );

let meta: Meta;
beforeAll(() => {
  const built = spawnSync(process.execPath, ["scripts/build-cli.mjs"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, BUTIE_BUNDLE_DIR: outDir, BUTIE_METAFILE: metafile },
  });
  expect(built.status, built.stderr).toBe(0);
  meta = JSON.parse(readFileSync(metafile, "utf8"));
}, 60_000);
afterAll(() => rmSync(join(root, outDir), { recursive: true, force: true }));

describe("the bundled CLI", () => {
  it("prints its version, the package's, through the command tree", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    for (const args of [["--version"], ["-V"], ["--version", "--lang", "en"]]) {
      const r = run(...args);
      expect(r.stdout.trim()).toBe(version);
      expect(r.status).toBe(0);
    }
  });

  it("answers a lone --version, and the 80-column help, from bin/butie.js alone (no bundle beside it)", () => {
    const dir = mkdtempSync(join(tmpdir(), "butie-bin-"));
    try {
      mkdirSync(join(dir, "bin"));
      mkdirSync(join(dir, "dist/bin"), { recursive: true });
      for (const f of ["butie.js", "package.json"]) copyFileSync(join(root, "bin", f), join(dir, "bin", f));
      // The version is the package's own file, read on the fast path; another number shows it is not a copy.
      writeFileSync(join(dir, "package.json"), JSON.stringify({ version: "9.8.7" }));
      const bin = (args: string[], env: Record<string, string> = {}) =>
        spawnSync(process.execPath, [join(dir, "bin/butie.js"), ...args], {
          encoding: "utf8",
          env: { ...process.env, COLUMNS: "", ...env },
        });
      for (const flag of ["--version", "-V"]) {
        const r = bin([flag]);
        expect(r.stderr).toBe("");
        expect(r.stdout).toBe("9.8.7\n");
      }
      // Without the build's help text, help is the bundle's, which is not there.
      expect(bin(["--help"]).status).not.toBe(0);
      copyFileSync(join(root, outDir, "help-80.txt"), join(dir, "dist/bin/help-80.txt"));
      const help = run("--help").stdout;
      for (const args of [[], ["--help"], ["-h"]]) {
        const r = bin(args);
        expect(r.stderr).toBe("");
        expect(r.stdout).toBe(help);
        expect(r.status).toBe(0);
      }
      // Another width, or anything more than the flag, is the bundle's.
      expect(bin(["--help"], { COLUMNS: "100" }).status).not.toBe(0);
      expect(bin(["--help", "--lang", "en"]).status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes, as the 80-column help, what the command tree prints", () => {
    for (const args of [[], ["--help"], ["-h"]]) {
      const r = spawnSync(process.execPath, [join(root, outDir, "butie.js"), ...args], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, COLUMNS: "80" },
      });
      expect(r.stdout).toBe(readFileSync(join(root, outDir, "help-80.txt"), "utf8"));
    }
  });

  it("prints help listing the commands", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    for (const command of ["eval", "test", "check", "schema", "rules"]) expect(r.stdout).toContain(command);
  });

  it("evaluates the README's example profile", () => {
    const r = run("eval", "examples/hefei-provident-fund.yaml", "--as-of", "2022-03-01", "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const hefei = JSON.parse(r.stdout).results.find(
      (x: { program: string }) => x.program === "hefei.provident-fund",
    );
    // 3333 × 5% for the person and for the unit, rounded up to the yuan (README).
    expect(hefei).toMatchObject({ status: "eligible", amount: { value: 334, per: "month" } });
  });

  it("is what bin/butie.js starts", () => {
    expect(readFileSync(join(root, "bin/butie.js"), "utf8")).toContain(
      'start(require("node:path").join(__dirname, "../dist/bin"))',
    );
  });

  it("holds neither YAML nor zod in the start file: each is a file of its own, loaded when first used", () => {
    const start = meta.outputs[`${outDir}/cli.cjs`];
    expect(start).toBeDefined();
    const inputs = new Set(Object.keys(start?.inputs ?? {}));
    expect(packages(inputs).has("yaml")).toBe(false);
    expect(packages(inputs).has("zod")).toBe(false);
    expect(inputs.has("src/cli/main.ts")).toBe(true);
  });

  // A run is checked with the files it must not need moved away (a load of one would fail the run). Each
  // language's words are a file of their own too, loaded on first use.
  it.each([
    [["--help"], ["catalogue-zh", "catalogue-en", "yaml", "zod", "chalk"]],
    [
      ["rules", "list"],
      ["catalogue-en", "yaml", "zod"],
    ],
    // The build's check of the bundled rules is reused (the checker, yaml and zod load otherwise); in Chinese by
    // default, so without the English words.
    [["check"], ["catalogue-en", "yaml", "zod", "chalk"]],
    [
      ["check", "--lang", "en"],
      ["catalogue-zh", "yaml", "zod", "chalk"],
    ],
    // The bundled fixtures come parsed and validated.
    [["test"], ["yaml", "zod", "chalk"]],
    // From the pre-validated rule bundle, without zod; a JSON profile without the YAML parser.
    [
      ["eval", "-", "--as-of", "2022-03-01", "--format", "json"],
      ["yaml", "zod", "chalk"],
    ],
    // A YAML profile in the plain YAML profiles are written in, without the YAML library (src/cli/plainYaml.ts);
    // without colour (not a terminal), without chalk (src/cli/color.ts).
    [
      ["eval", "examples/hefei-provident-fund.yaml", "--as-of", "2022-03-01"],
      ["yaml", "zod", "chalk"],
    ],
    // One language's words per run: the jurisdiction, in-force and currency sentences are worded when read.
    [
      ["eval", "examples/hefei-provident-fund.yaml", "--as-of", "2027-01-01"],
      ["catalogue-en", "yaml", "zod"],
    ],
    [
      ["eval", "examples/ningxia-unemployment.yaml", "--as-of", "2021-09-01", "--trace", "--lang", "en"],
      ["catalogue-zh", "yaml", "zod"],
    ],
    // On 2022-03-01 (the README's date): on 2021-09-01 NX-2022-015's 80 months do not fit since 2015-06 (an error row).
    [["batch", "examples/batch/applicants.csv", "--as-of", "2022-03-01"], ["catalogue-en"]],
  ])("%j runs without the files %j", (args, absent) => {
    const file = (name: string) => join(root, outDir, `${name}.cjs`);
    const input = JSON.stringify({ person: { birthDate: "1990-01-01" } });
    const go = () =>
      spawnSync(process.execPath, [join(root, outDir, "butie.js"), ...args], {
        cwd: root,
        encoding: "utf8",
        input,
        // The bundle's help, not bin/butie.js's text; no colour asked for.
        env: { ...process.env, COLUMNS: "100", FORCE_COLOR: undefined },
      });
    const whole = go();
    expect(whole.stderr).not.toMatch(/Cannot find|internal/i);
    for (const name of absent) renameSync(file(name), `${file(name)}.away`);
    try {
      const r = go();
      expect(r.stderr).toBe(whole.stderr);
      expect(r.stdout).toBe(whole.stdout);
      expect(r.status).toBe(whole.status);
    } finally {
      for (const name of absent) renameSync(`${file(name)}.away`, file(name));
    }
  });

  it("colours through chalk's own file when colour is asked for", () => {
    const args = ["eval", "examples/hefei-provident-fund.yaml", "--as-of", "2022-03-01"];
    const env = { ...process.env, FORCE_COLOR: "1" };
    const r = spawnSync(process.execPath, [join(root, outDir, "butie.js"), ...args], {
      cwd: root,
      encoding: "utf8",
      env,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("\u001b[");
  });

  // Each file of the bundle holds chunks of modules (scripts/build-cli.mjs), each chunk a function named by the
  // chunk, run when the chunk is first required; V8's coverage counts which ran. A module loaded by a run: one in
  // a chunk that ran.
  function loadedBy(args: string[], input = "") {
    const coverage = mkdtempSync(join(tmpdir(), "butie-coverage-"));
    try {
      const r = spawnSync(process.execPath, [join(root, outDir, "butie.js"), ...args], {
        cwd: root,
        encoding: "utf8",
        input,
        env: { ...process.env, COLUMNS: "100", NODE_V8_COVERAGE: coverage },
      });
      expect(r.stderr).not.toMatch(/internal|Cannot find/i);
      type Fn = { functionName: string; ranges: { count: number }[] };
      const scripts = readdirSync(coverage).flatMap(
        (f) =>
          JSON.parse(readFileSync(join(coverage, f), "utf8")).result as { url: string; functions: Fn[] }[],
      );
      const ran = new Set(
        scripts
          .filter((x) => x.url.includes(`/${outDir}/`))
          .flatMap((x) =>
            x.functions.filter((fn) => (fn.ranges[0]?.count ?? 0) > 0).map((fn) => fn.functionName),
          ),
      );
      expect(ran.has("cli.cjs")).toBe(true);
      return new Set(
        Object.values(meta.outputs).flatMap((file) =>
          Object.entries(file.chunks).flatMap(([chunk, inputs]) => (ran.has(chunk) ? inputs : [])),
        ),
      );
    } finally {
      rmSync(coverage, { recursive: true, force: true });
    }
  }

  it("answers --help with commander alone of the packages, compiling no rule", () => {
    const loaded = loadedBy(["--help"]);
    expect(loaded.has("src/cli/main.ts")).toBe(true);
    expect([...packages(loaded)]).toEqual(["commander"]);
    expect(loaded.has("src/rules/compileProgram.ts")).toBe(false);
    expect(loaded.has("src/cli/commands/eval.ts")).toBe(false);
  });

  it("sees a module loaded on demand when it is: YAML documents after `---` read profileDocuments.ts", () => {
    const documents = "person:\n  birthDate: 1990-01-01\n---\nperson:\n  birthDate: 1980-01-01\n";
    const loaded = loadedBy(["eval", "-", "--as-of", "2022-03-01"], documents);
    expect(loaded.has("src/cli/profileDocuments.ts")).toBe(true);
  });

  it.each([
    // The bundled fixtures come parsed and validated: the fixture file reader only on demand.
    [["test"], "src/fixtures/fixtureBundle.ts"],
    // The build's check of the bundled rules is reused: the checker only on demand.
    [["check"], "src/check/checkPaths.ts"],
    // A JSON profile is read without the YAML profile reader.
    [["eval", "-", "--as-of", "2022-03-01"], "src/cli/profileDocuments.ts"],
    // So is a YAML profile written as profiles are (src/cli/plainYaml.ts).
    [["eval", "examples/hefei-provident-fund.yaml", "--as-of", "2022-03-01"], "src/cli/profileDocuments.ts"],
  ])("%j runs without %s", (args, onDemand) => {
    const loaded = loadedBy(args, JSON.stringify({ person: { birthDate: "1990-01-01" } }));
    expect(loaded.has(`src/cli/commands/${args[0]}.ts`)).toBe(true);
    expect(loaded.has(onDemand)).toBe(false);
  });
});
