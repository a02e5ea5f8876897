import { readFileSync } from "node:fs";
import type { Diagnostic } from "../diagnostics.js";
import { FieldCatalogue } from "../profile/fieldCatalogue.js";
import type { SectionDef } from "../profile/fields.js";
import { compileProgram, type Locator } from "./compileProgram.js";
import type { RuleSet } from "./loadRules.js";
import type { Program } from "./program.js";
import { BUNDLED_RULES, ruleStamps } from "./ruleFiles.js";
import type { RuleFile } from "./schema.js";

/**
 * The bundled rules, already parsed and validated at build time (`npm run build`), so that a CLI start
 * needs neither the YAML parser nor zod: only the expressions are compiled, which is cheap.
 */
export const BUNDLE_FILE = new URL("../rules.bundle.json", import.meta.url);

export interface Bundle {
  readonly stamps: readonly string[];
  readonly fields: Record<string, SectionDef>;
  readonly programs: readonly { readonly file: string; readonly rule: RuleFile }[];
}

/** Bundled rules were checked at build time with real positions; here only the file is known. */
function locatorFor(file: string): Locator {
  const at = (_where: unknown, code: string, message: string): Diagnostic => ({
    file,
    line: 1,
    col: 1,
    code,
    message,
    severity: "error",
  });
  return { file, at, atKey: at, diagnosticAt: at, textOffsetOf: () => 0, offsetInScalar: () => 0 };
}

/** The bundled rule set from the build's bundle, or undefined when there is none or a rule file changed since. */
export function loadBundledRules(): RuleSet | undefined {
  let bundle: Bundle;
  try {
    bundle = JSON.parse(readFileSync(BUNDLE_FILE, "utf8")) as Bundle;
  } catch {
    return undefined;
  }
  if (bundle.stamps.join("\n") !== ruleStamps(BUNDLED_RULES).join("\n")) return undefined;
  const fields = new FieldCatalogue(bundle.fields);
  const programs = new Map<string, Program>();
  for (const { file, rule } of bundle.programs)
    programs.set(rule.id, compileProgram(rule, locatorFor(file), fields).program);
  return { fields, programs, diagnostics: [] };
}
