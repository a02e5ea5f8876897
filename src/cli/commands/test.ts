import { EXIT, InputError, UsageError } from "../../diagnostics.js";
import { coverage, type ProgramCoverage, percent } from "../../fixtures/coverage.js";
import { type CaseOutcome, loadFixtureFiles, runFixtures } from "../../fixtures/runFixtures.js";
import { BUNDLED_RULES, listFiles } from "../../rules/loadRules.js";
import type { Program } from "../../rules/program.js";
import { displayPath } from "../../rules/ruleFiles.js";
import { colorFor } from "../color.js";
import { plural } from "../i18n.js";
import type { Io } from "../io.js";
import { loadRuleSetOrFail } from "../loadRuleSet.js";
import { existingPaths } from "../paths.js";
import { junitReport } from "../render/junit.js";
import { fitLines, terminalWidth } from "../render/width.js";

export interface TestOptions {
  filter?: string;
  reporter: "pretty" | "json" | "junit";
  rules?: string[];
  coverage?: boolean;
  minCoverage?: string;
}

const isFixture = (f: string) => /\.test\.ya?ml$/.test(f);

/** `butie test`: run fixtures; ends with `N passed, N failed`; exit 1 on failures or low coverage, 2 on broken fixtures. */
export async function runTest(paths: string[], opts: TestOptions, io: Io): Promise<number> {
  const minCoverage = opts.minCoverage === undefined ? undefined : Number(opts.minCoverage);
  if (minCoverage !== undefined && !(minCoverage >= 0 && minCoverage <= 100))
    throw new UsageError(`--min-coverage ${opts.minCoverage}: expected a percentage from 0 to 100`);
  const rules = await loadRuleSetOrFail(opts.rules ?? [], io);
  const roots = paths.length
    ? existingPaths(paths, io)
    : [BUNDLED_RULES, ...existingPaths(opts.rules ?? [], io)];
  const files = roots.flatMap((r) => listFiles(r, isFixture));
  const display = (f: string) => displayPath(f, io.cwd);
  const { loaded, diagnostics } = loadFixtureFiles(files, rules, display);
  if (diagnostics.length) throw new InputError(diagnostics);
  const outcomes = runFixtures(loaded, rules, opts.filter);
  const failed = outcomes.filter((o) => o.problems.length);
  const covered =
    opts.coverage || minCoverage !== undefined
      ? coverageOf(rules.programs.values(), outcomes, paths.length > 0)
      : undefined;
  const total = covered && percent(sum(covered, "covered"), sum(covered, "total"));
  const tooLow = minCoverage !== undefined && total !== undefined && total < minCoverage;

  if (opts.reporter === "json") {
    const json = {
      passed: outcomes.length - failed.length,
      failed: failed.length,
      cases: outcomes.map(caseJson),
      coverage: covered && { percent: total, programs: covered },
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else if (opts.reporter === "junit") {
    io.stdout.write(junitReport(outcomes));
  } else {
    const c = colorFor(io);
    const width = terminalWidth(io);
    const write = (text: string) => io.stdout.write(fitLines(text, width));
    for (const o of failed) {
      write(`${c.red("FAIL")} ${o.file}:${o.line} ${o.name} [${o.program}]\n`);
      for (const p of o.problems) write(`     ${p}\n`);
    }
    if (covered) write(coverageText(covered, total ?? 100, minCoverage));
    if (tooLow) io.stdout.write(`coverage ${total?.toFixed(1)}% is below the minimum ${minCoverage}%\n`);
    io.stdout.write(`${plural(files.length, "fixture file")}, ${plural(outcomes.length, "expectation")}\n`);
    io.stdout.write(`${outcomes.length - failed.length} passed, ${failed.length} failed\n`);
  }
  return failed.length || tooLow ? EXIT.problems : EXIT.ok;
}

/** Coverage of every program, or (when fixture paths were named) of the programs those fixtures test. */
function coverageOf(programs: Iterable<Program>, outcomes: CaseOutcome[], onlyTested: boolean) {
  const tested = new Set(outcomes.map((o) => o.program));
  const chosen = [...programs].filter((p) => !onlyTested || tested.has(p.id));
  return coverage(
    chosen,
    outcomes.flatMap((o) => (o.result ? [o.result] : [])),
  );
}

function sum(list: readonly ProgramCoverage[], key: "covered" | "total"): number {
  return list.reduce((n, p) => n + p[key], 0);
}

function coverageText(list: readonly ProgramCoverage[], total: number, min?: number): string {
  const lines = ["Coverage (condition outcomes true/false/unknown, amount cases and tiers):"];
  for (const p of list) {
    lines.push(
      `  ${percent(p.covered, p.total).toFixed(1).padStart(5)}%  ${p.program} (${p.covered}/${p.total})`,
    );
    for (const g of p.gaps) lines.push(`          not exercised: ${g}`);
  }
  lines.push(`  ${total.toFixed(1)}% in all${min !== undefined ? ` (minimum ${min}%)` : ""}`, "");
  return lines.join("\n");
}

function caseJson(o: CaseOutcome) {
  return {
    file: o.file,
    line: o.line,
    name: o.name,
    program: o.program,
    ok: o.problems.length === 0,
    problems: o.problems,
  };
}
