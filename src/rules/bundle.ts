import { readFileSync } from "node:fs";
import type { Diagnostic } from "../diagnostics.js";
import { FieldCatalogue } from "../profile/fieldCatalogue.js";
import type { SectionDef } from "../profile/fields.js";
import { compileProgram } from "./compileProgram.js";
import type { Program } from "./program.js";
import { BUNDLED_RULES, ruleStamps } from "./ruleFiles.js";
import type { RuleFile } from "./schema.js";
import type { Locator } from "./types.js";

/**
 * The bundled rules, already parsed and validated at build time (`npm run build`), so that a CLI start
 * needs neither the YAML parser nor zod: only the expressions are compiled, which is cheap.
 */
export const BUNDLE_FILE = new URL("../rules.bundle.json", import.meta.url);

export interface Bundle {
  readonly stamps: string;
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
  return {
    file,
    at,
    atKey: at,
    diagnosticAt: at,
    textOffsetOf: () => 0,
    offsetInScalar: () => 0,
    sourceText: () => undefined,
  };
}

/** The build's bundle, or undefined when there is none or a bundled rule file changed since. */
export function readBundle(): Bundle | undefined {
  let bundle: Bundle;
  try {
    bundle = JSON.parse(readFileSync(BUNDLE_FILE, "utf8")) as Bundle;
  } catch {
    return undefined;
  }
  return bundle.stamps === ruleStamps(BUNDLED_RULES) ? bundle : undefined;
}

/**
 * The bundle's programs compiled against `fields` (the bundled catalogue, or it plus local fields), by id;
 * undefined when code newer than the bundle judges a rule an error: then load from YAML to report it properly.
 */
export function compileBundle(bundle: Bundle, fields: FieldCatalogue): Map<string, Program> | undefined {
  const programs = new Map<string, Program>();
  for (const { file, rule } of bundle.programs) {
    const { program, diagnostics } = compileProgram(rule, locatorFor(file), fields);
    if (diagnostics.some((d) => d.severity === "error")) return undefined;
    programs.set(rule.id, program);
  }
  return programs;
}

/** The bundled rule set (a `RuleSet`) from the build's bundle, or undefined when there is none or it is stale. */
export function loadBundledRules() {
  const bundle = readBundle();
  if (!bundle) return undefined;
  const fields = new FieldCatalogue(bundle.fields);
  const programs = compileBundle(bundle, fields);
  return programs && { fields, programs, diagnostics: [] as Diagnostic[] };
}
