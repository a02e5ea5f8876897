import { InputError } from "../diagnostics.js";
import { loadRules, type RuleSet } from "../rules/loadRules.js";
import type { Io } from "./io.js";
import { existingPaths } from "./paths.js";

/** Load the bundled and extra rules, failing (exit 2) on any rule error: results from broken rules would mislead. */
export function loadRuleSetOrFail(extraDirs: readonly string[], io: Io): RuleSet {
  const rules = loadRules(existingPaths(extraDirs, io), io.cwd);
  const errors = rules.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new InputError(errors);
  return rules;
}
