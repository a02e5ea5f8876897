import { EXIT, formatDiagnosticIn, InputError, UsageError } from "../../diagnostics.js";
import { clip } from "../../echo.js";
import { coverage, type ProgramCoverage, percent } from "../../fixtures/coverage.js";
import { fixtureBeside, ruleDirOf } from "../../fixtures/fixtureTargets.js";
import {
  type BrokenFile,
  type CaseOutcome,
  type LoadedFixtures,
  loadFixtureFilesOnDemand,
  runFixtures,
} from "../../fixtures/loadFixtures.js";
import { type Untested, untestedPrograms } from "../../fixtures/untested.js";
import { type Lang, message, say, sayMessage } from "../../messages/index.js";
import type { RuleSet } from "../../rules/loadRules.js";
import type { Program } from "../../rules/program.js";
import { BUNDLED_RULES, displayPath, listFiles } from "../../rules/ruleFiles.js";
import { jsonOutput } from "../../text/guard.js";
import { colorFor } from "../color.js";
import type { Io } from "../io.js";
import { loadRuleSetOrFail } from "../loadRuleSet.js";
import { existingPaths } from "../paths.js";
import { junitError, junitReport } from "../render/junit.js";
import { fitLines, terminalWidth } from "../render/width.js";

export interface TestOptions {
  filter?: string;
  reporter: "pretty" | "json" | "junit";
  rules?: string[];
  coverage?: boolean;
  minCoverage?: string;
  lang: Lang;
}

const isFixture = (f: string) => /\.test\.ya?ml$/.test(f);
const isBundled = (f: string) => f.startsWith(BUNDLED_RULES);

/**
 * `butie test`: run fixtures; ends with `N passed, N failed`; exit 1 on failures, a fixture file that does
 * not load, nothing run, or low coverage; 2 when the rules themselves cannot load. Fixtures beside the
 * bundled rules run against the bundled rules; all others against the bundled rules plus every local
 * directory named (the paths given and `--rules`), so a bureau's override never fails a bundled fixture.
 */
export async function runTest(paths: string[], opts: TestOptions, io: Io): Promise<number> {
  try {
    return await runTestOrThrow(paths, opts, io);
  } catch (e) {
    // A CI dashboard reading the JUnit file needs a document even when nothing could run.
    if (opts.reporter !== "junit" || !(e instanceof InputError || e instanceof UsageError)) throw e;
    const lines =
      e instanceof InputError
        ? e.diagnostics.map((d) => formatDiagnosticIn(d, opts.lang))
        : e.linesIn(opts.lang);
    io.stdout.write(junitError(lines));
    for (const l of lines) io.stderr.write(`${l}\n`);
    return EXIT.cannotRun;
  }
}

async function runTestOrThrow(paths: string[], opts: TestOptions, io: Io): Promise<number> {
  const minCoverage = opts.minCoverage === undefined ? undefined : Number(opts.minCoverage);
  if (minCoverage !== undefined && !(minCoverage >= 0 && minCoverage <= 100))
    throw new UsageError(message("usage/min-coverage", { value: clip(String(opts.minCoverage)) }));
  const extra = existingPaths(opts.rules ?? [], io);
  const roots = paths.length ? existingPaths(paths, io) : [BUNDLED_RULES, ...extra];
  const localDirs = [...new Set([...extra, ...roots.map(ruleDirOf).filter((r) => !isBundled(r))])];
  const local = await loadRuleSetOrFail(localDirs, io);
  const bundled = local.bundledOnly ?? local;
  const rulesFor = (file: string) => (isBundled(file) ? bundled : local);
  const files = roots.flatMap((r) => {
    const beside = fixtureBeside(r);
    return beside ? [beside] : listFiles(r, isFixture, io.cwd);
  });
  const display = (f: string) => displayPath(f, io.cwd);
  const { loaded, broken } = await loadFixtureFilesOnDemand(files, rulesFor, display);
  const ran = runFixtures(loaded, opts.filter);
  const { lang } = opts;
  const outcomes = [...broken.map((b) => brokenOutcome(b, lang)), ...ran];
  const failed = outcomes.filter((o) => o.problems.length);
  const shadowed = local === bundled ? [] : shadowedFixtures(loaded, local);
  const nothing = nothingRan(files.length, ran.length, lang, opts.filter);
  const localFiles = new Set(loaded.filter((f) => f.rules === local).map((f) => f.file));
  const covered =
    opts.coverage || minCoverage !== undefined
      ? coverageOf(local, ran, localFiles, paths.length ? roots.map(display) : undefined)
      : undefined;
  const total = covered && (ran.length ? percent(sum(covered, "covered"), sum(covered, "total")) : 0);
  const named = [...new Set([...roots, ...extra])].filter((r) => !isBundled(r)).map(display);
  const untested = opts.filter === undefined ? untestedPrograms(local, ran, localFiles, named) : [];
  const tooLow = minCoverage !== undefined && total !== undefined && total < minCoverage;

  if (opts.reporter === "json") {
    const json = {
      passed: outcomes.length - failed.length,
      failed: failed.length,
      cases: outcomes.map(caseJson),
      ...(nothing ? { error: nothing } : {}),
      ...(shadowed.length ? { shadowed } : {}),
      ...(untested.length ? { untested } : {}),
      coverage: covered && { percent: total, programs: covered },
    };
    io.stdout.write(`${jsonOutput(json, 2)}\n`);
  } else if (opts.reporter === "junit") {
    io.stdout.write(junitReport(outcomes));
    if (nothing) io.stderr.write(`butie: ${nothing}\n`);
    for (const u of untested) io.stderr.write(`butie: ${untestedText(u, lang)}\n`);
  } else {
    const c = colorFor(io);
    const width = terminalWidth(io);
    const write = (text: string) => io.stdout.write(fitLines(text, width));
    for (const o of failed) {
      write(
        `${c.red(say(lang, "run/fail", { file: o.file, line: o.line, name: o.name, program: o.program }))}\n`,
      );
      for (const p of o.problems) write(`     ${p}\n`);
    }
    for (const s of shadowed) write(`${say(lang, "run/shadowed", s)}\n`);
    for (const u of untested) write(`${c.red(untestedText(u, lang))}\n`);
    if (covered) write(coverageText(covered, total ?? 0, lang, minCoverage));
    if (tooLow)
      io.stdout.write(
        `${say(lang, "run/coverageLow", { percent: (total ?? 0).toFixed(1), min: String(minCoverage) })}\n`,
      );
    if (nothing) io.stdout.write(`${nothing}\n`);
    io.stdout.write(`${say(lang, "run/files", { files: files.length, expectations: outcomes.length })}\n`);
    io.stdout.write(
      `${say(lang, "run/passed", { passed: outcomes.length - failed.length, failed: failed.length })}\n`,
    );
  }
  return failed.length || tooLow || nothing || untested.length ? EXIT.problems : EXIT.ok;
}

function untestedText(u: Untested, lang: Lang): string {
  if (u.onlyNotApplicable)
    return sayMessage(lang, message("ruleSet/onlyNotApplicable", { program: u.program, file: u.file }));
  return u.by
    ? say(lang, "run/untestedLocal", { program: u.program, by: u.by })
    : say(lang, "run/untested", {
        program: u.program,
        file: u.file,
        fixture: u.file.replace(/\.ya?ml$/, ".test.yaml"),
      });
}

/** Why running nothing is a failure, or undefined when something ran: a test run that tests nothing is no pass. */
function nothingRan(files: number, ran: number, lang: Lang, filter?: string): string | undefined {
  if (ran) return undefined;
  if (!files) return say(lang, "run/noFixtureFiles");
  return filter === undefined
    ? say(lang, "run/nothingRan")
    : say(lang, "run/noMatch", { filter: JSON.stringify(filter) });
}

/** A fixture file that could not load, as one failed outcome carrying its located diagnostics. */
function brokenOutcome(b: BrokenFile, lang: Lang): CaseOutcome {
  return {
    file: b.file,
    line: b.diagnostics[0]?.line ?? 1,
    name: say(lang, "run/brokenFixture"),
    program: "-",
    problems: b.diagnostics.map((d) => formatDiagnosticIn(d, lang)),
  };
}

/** How a local rule directory changed a program, or undefined when it did not. */
function localChange(p: Program): string | undefined {
  if (p.replaces) return p.file;
  return p.overriddenBy?.files.join(", ");
}

/** Bundled fixture files whose program a local directory replaces or re-values: they ran against the bundled one. */
function shadowedFixtures(loaded: LoadedFixtures["loaded"], local: RuleSet) {
  const out: { file: string; program: string; by: string }[] = [];
  for (const f of loaded) {
    if (f.rules === local) continue;
    const ids = new Set(f.cases.flatMap((c) => Object.keys(c.fixture.expect)));
    for (const id of ids) {
      const p = local.programs.get(id);
      const by = p && localChange(p);
      if (by) out.push({ file: f.file, program: id, by });
    }
  }
  return out;
}

/**
 * Coverage of every program, or (when paths were named) of the programs defined or tested there. A program a
 * local directory changed counts only results of fixtures run against the local rules; for a parameter-only
 * override, only the conditions and cases that read a changed parameter.
 */
function coverageOf(
  rules: RuleSet,
  outcomes: readonly CaseOutcome[],
  localFiles: ReadonlySet<string>,
  roots?: readonly string[],
) {
  const tested = new Set(outcomes.map((o) => o.program));
  const under = (file: string) => roots?.some((r) => file === r || file.startsWith(`${r}/`));
  const chosen = [...rules.programs.values()].filter(
    (p) => !roots || tested.has(p.id) || under(p.file) || p.overriddenBy?.files.some((f) => under(f)),
  );
  const changed = new Map<string, Set<string>>();
  for (const p of chosen)
    if (!p.replaces && p.overriddenBy) changed.set(p.id, new Set(p.overriddenBy.parameters));
  const results = outcomes.flatMap((o) => {
    const p = rules.programs.get(o.program);
    const counts = !p || !localChange(p) || localFiles.has(o.file);
    return o.result && counts ? [o.result] : [];
  });
  const asserted = new Set(outcomes.flatMap((o) => (o.amountAsserted && o.result ? [o.result] : [])));
  return coverage(chosen, results, changed, (r) => asserted.has(r));
}

function sum(list: readonly ProgramCoverage[], key: "covered" | "total"): number {
  return list.reduce((n, p) => n + p[key], 0);
}

function coverageText(list: readonly ProgramCoverage[], total: number, lang: Lang, min?: number): string {
  const lines = [say(lang, "run/coverageHead")];
  for (const p of list) {
    lines.push(
      `  ${percent(p.covered, p.total).toFixed(1).padStart(5)}%  ${p.program} (${p.covered}/${p.total})`,
    );
    for (const g of p.gaps) lines.push(`          ${say(lang, "run/notExercised", { gap: g })}`);
  }
  const all = say(lang, "run/coverageAll", {
    percent: total.toFixed(1),
    ...(min === undefined ? {} : { min: String(min) }),
  });
  lines.push(`  ${all}`, "");
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
