import { relative } from "node:path";
import { formatDiagnostic } from "../../diagnostics.js";
import { type CaseOutcome, loadFixtureFiles, runFixtures } from "../../fixtures/runFixtures.js";
import { BUNDLED_RULES, listFiles } from "../../rules/loadRules.js";
import { colorFor } from "../color.js";
import type { Io } from "../io.js";
import { loadRuleSetOrFail } from "../loadRuleSet.js";
import { existingPaths } from "../paths.js";

export interface TestOptions {
  filter?: string;
  reporter: "pretty" | "json";
  rules?: string[];
}

const isFixture = (f: string) => /\.test\.ya?ml$/.test(f);

/** `butie test`: run fixtures; ends with `N passed, N failed`; exit 1 on any failure, 2 on broken fixtures. */
export async function runTest(paths: string[], opts: TestOptions, io: Io): Promise<number> {
  const rules = loadRuleSetOrFail(opts.rules ?? [], io);
  const roots = paths.length
    ? existingPaths(paths, io)
    : [BUNDLED_RULES, ...existingPaths(opts.rules ?? [], io)];
  const files = roots.flatMap((r) => listFiles(r, isFixture));
  const display = (f: string) =>
    f.startsWith(BUNDLED_RULES) ? `rules/${relative(BUNDLED_RULES, f)}` : relative(io.cwd, f) || f;
  const { loaded, diagnostics } = loadFixtureFiles(files, rules, display);
  if (diagnostics.length) {
    for (const d of diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
    return 2;
  }
  const outcomes = runFixtures(loaded, rules, opts.filter);
  const failed = outcomes.filter((o) => o.problems.length);
  if (opts.reporter === "json") {
    io.stdout.write(
      `${JSON.stringify({ passed: outcomes.length - failed.length, failed: failed.length, cases: outcomes.map(toJson) }, null, 2)}\n`,
    );
  } else {
    const c = colorFor(io);
    for (const o of failed) {
      io.stdout.write(`${c.red("FAIL")} ${o.file}:${o.line} ${o.name} [${o.program}]\n`);
      for (const p of o.problems) io.stdout.write(`     ${p}\n`);
    }
    io.stdout.write(`${files.length} fixture files, ${outcomes.length} expectations\n`);
    io.stdout.write(`${outcomes.length - failed.length} passed, ${failed.length} failed\n`);
  }
  return failed.length ? 1 : 0;
}

function toJson(o: CaseOutcome) {
  return {
    file: o.file,
    line: o.line,
    name: o.name,
    program: o.program,
    ok: o.problems.length === 0,
    problems: o.problems,
  };
}
