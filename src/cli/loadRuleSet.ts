import { InputError } from "../diagnostics.js";
import { loadBundledRules } from "../rules/bundle.js";
import type { RuleSet } from "../rules/loadRules.js";
import type { Io } from "./io.js";
import { existingPaths } from "./paths.js";

/**
 * The bundled rules (from the build's bundle when it is fresh) plus extra directories.
 * Any rule error fails the command (exit 2): results from broken rules would mislead.
 */
export async function loadRuleSetOrFail(extraDirs: readonly string[], io: Io): Promise<RuleSet> {
  const dirs = existingPaths(extraDirs, io);
  const bundled = dirs.length ? undefined : loadBundledRules();
  if (bundled) return bundled;
  const { loadRules } = await import("../rules/loadRules.js");
  const rules = loadRules(dirs, io.cwd);
  const errors = rules.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new InputError(errors);
  return rules;
}
