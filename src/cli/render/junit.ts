import type { CaseOutcome } from "../../fixtures/runFixtures.js";
import { xmlLegal } from "../../text/xmlText.js";

/** Text as an XML attribute or element: legal XML 1.0 (`xmlLegal`), markup characters escaped. */
const xml = (s: string) =>
  xmlLegal(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

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

/** A complete JUnit document for a run that could not start (broken rules, bad usage): one errored test case. */
export function junitError(lines: readonly string[]): string {
  const text = xml(lines.join("\n"));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="butie fixtures" tests="1" failures="0" errors="1">\n  <testcase classname="butie" name="load rules and fixtures">\n    <error message="${xml(lines[0] ?? "")}">${text}</error>\n  </testcase>\n</testsuite>\n`;
}
