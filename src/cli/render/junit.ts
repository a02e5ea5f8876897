import type { CaseOutcome } from "../../fixtures/runFixtures.js";

const xml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** JUnit XML of fixture outcomes, one testcase per program expectation, for CI dashboards. */
export function junitReport(outcomes: readonly CaseOutcome[]): string {
  const failures = outcomes.filter((o) => o.problems.length).length;
  const cases = outcomes.map((o) => {
    const attrs = `classname="${xml(o.program)}" name="${xml(o.name)}" file="${xml(o.file)}" line="${o.line}"`;
    if (!o.problems.length) return `  <testcase ${attrs}/>`;
    const text = xml(o.problems.join("\n"));
    return `  <testcase ${attrs}>\n    <failure message="${xml(o.problems[0] ?? "")}">${text}</failure>\n  </testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="butie fixtures" tests="${outcomes.length}" failures="${failures}">\n${cases.join("\n")}\n</testsuite>\n`;
}
