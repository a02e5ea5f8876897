import type { Diagnostic } from "../../diagnostics.js";
import { sayMessage } from "../../messages/index.js";
import { neverTrue } from "../../rules/caseAnalysis.js";
import { compiledExpressions, type RuleCheckContext } from "../../rules/checks/ruleCheck.js";

const TESTS = new Set(["condition", "priority", "caveat-when", "case-when", "filter-test"]);

/** A condition, case or filter test that can never be true (analyst F2): every applicant would be refused. */
export function neverTrueConditions(c: RuleCheckContext): Diagnostic[] {
  return compiledExpressions(c).flatMap(({ e, compiled }) => {
    const says =
      TESTS.has(e.role) && compiled.ast ? neverTrue(compiled.ast, c.program.parameters) : undefined;
    return says ? [{ ...c.src.at([...e.path], "rule/never-true", sayMessage("en", says)), says }] : [];
  });
}
