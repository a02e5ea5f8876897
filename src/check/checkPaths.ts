import { basename } from "node:path";
import { type Diagnostic, InputError } from "../diagnostics.js";
import { readTextFile } from "../files/readTextFile.js";
import { loadFixtureFiles } from "../fixtures/runFixtures.js";
import { type FieldCatalogue, loadFieldCatalogue } from "../profile/fields.js";
import {
  BUNDLED_RULES,
  isRuleFile,
  listFiles,
  loadRuleFile,
  loadRules,
  type RuleSet,
} from "../rules/loadRules.js";
import { displayPath } from "../rules/ruleFiles.js";
import type { CheckResult } from "./checkBundle.js";
import { type LintSettings, lintRuleFile } from "./lints/lintRuleFile.js";
import { staleDated } from "./lints/staleValues.js";

/** Everything `butie check` looks at, already sorted into kinds. */
export interface CheckTargets {
  readonly ruleFiles: readonly string[];
  readonly fixtureFiles: readonly string[];
  readonly fieldFiles: readonly string[];
}

/** Sort the files below `roots` into rule files, fixtures and field catalogues (`cwd`: for naming them). */
export function findTargets(roots: readonly string[], cwd?: string): CheckTargets {
  const all = roots.flatMap((r) => listFiles(r, (f) => /\.ya?ml$/.test(f), cwd));
  return {
    ruleFiles: all.filter(isRuleFile),
    fixtureFiles: all.filter((f) => /\.test\.ya?ml$/.test(f)),
    fieldFiles: all.filter((f) => /^fields\.ya?ml$/.test(basename(f))),
  };
}

/**
 * `butie check` of the files below `roots`: the bundled rules plus `extra` directories are loaded, since fixtures
 * may name programs from them; problems found only by combining files (overrides, local catalogues) are added.
 */
export function checkAll(
  roots: readonly string[],
  extra: readonly string[],
  cwd: string,
  settings: LintSettings = {},
): CheckResult {
  const rules = loadRules(extra, cwd);
  const targets = findTargets(roots, cwd);
  const diagnostics = [
    ...checkTargets(targets, rules.fields, rules, (f) => displayPath(f, cwd), settings),
    ...(rules.combined ?? []),
  ];
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const files = targets.ruleFiles.length + targets.fixtureFiles.length + targets.fieldFiles.length;
  return { files, errors, warnings: diagnostics.length - errors, diagnostics };
}

/** `butie check` of the bundled rules alone, as the build runs it (scripts/bundle-rules.mjs). */
export const checkBundled = (cwd: string) => checkAll([BUNDLED_RULES], [], cwd);

/**
 * Lint rule files, field catalogues and fixtures; collect every problem rather than stopping at the first.
 * `rules` is the rule set fixtures are checked against (the programs they may name).
 */
export function checkTargets(
  targets: CheckTargets,
  fields: FieldCatalogue,
  rules: RuleSet,
  show: (f: string) => string,
  settings: LintSettings = {},
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of targets.fieldFiles) {
    try {
      const read = readTextFile(file, show(file));
      if (!read.ok) diagnostics.push(read.diagnostic);
      else loadFieldCatalogue(show(file), read.text);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      diagnostics.push(...e.diagnostics);
    }
  }
  const firstFileOf = new Map<string, string>();
  for (const file of targets.ruleFiles) {
    const loaded = loadRuleFile(file, fields, undefined, show(file));
    diagnostics.push(...loaded.diagnostics);
    if (loaded.checked) diagnostics.push(...lintRuleFile(loaded.checked, settings));
    const local = loaded.checkedOverride;
    if (local) {
      const endedOn = rules.programs.get(local.program)?.inForce.to;
      diagnostics.push(...staleDated(local.src, local.dated, endedOn, settings.staleYears, settings.today));
    }
    const id = loaded.program?.id;
    if (!id) continue;
    const first = firstFileOf.get(id);
    if (first)
      diagnostics.push({
        file: show(file),
        line: 1,
        col: 1,
        code: "rule/duplicate-program",
        message: `program \`${id}\` is also defined in ${first}`,
        severity: "error",
      });
    else firstFileOf.set(id, show(file));
  }
  diagnostics.push(...loadFixtureFiles(targets.fixtureFiles, rules, show).diagnostics);
  return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}
