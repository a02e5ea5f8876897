import { readFileSync } from "node:fs";
import type { Diagnostic } from "../diagnostics.js";
import { FieldCatalogue } from "../profile/fieldCatalogue.js";
import type { SectionDef } from "../profile/fields.js";
import { compileProgram } from "./compileProgram.js";
import { outlineOf } from "./outline.js";
import { compileParameters } from "./parameters.js";
import { readTrees, writeTrees } from "./parsedTrees.js";
import { compiledOnUse, type Program, programHead } from "./program.js";
import { sameRuleFiles } from "./ruleFiles.js";
import type { RuleFile } from "./schema.js";
import type { Locator } from "./types.js";

/**
 * The bundled rules, already parsed and validated at build time (`npm run build`), so that a CLI start
 * needs neither the YAML parser nor zod; a program's expressions are compiled when it is first evaluated.
 */
export const BUNDLE_FILE = new URL("../rules.bundle.json", import.meta.url);
/**
 * The bundled rule files' texts when the bundle was made (`ruleStamps`), for a package installed from npm, whose
 * files have other modification times than its build: a file of its own (~90 kB, half the bundle's bytes), read
 * only then, so that a start whose rule files keep the build's times neither reads nor parses it.
 */
export const STAMPS_FILE = new URL("../rules.stamps.txt", import.meta.url);

export interface Bundle {
  /** The bundled rule files' sizes and modification times when the bundle was made (`ruleTimes`). */
  readonly times?: string;
  readonly fields: Record<string, SectionDef>;
  readonly programs: readonly BundledProgram[];
}

export interface BundledProgram {
  readonly file: string;
  readonly rule: RuleFile;
  /**
   * Its expressions' syntax trees (`writeTrees`): a text of its own, read only when the program is compiled, so a
   * start pays little for the programs it decides from their heads.
   */
  readonly parsed?: string;
}

/** A checked rule file as the bundle keeps it, with its expressions parsed (`npm run build`). */
export function bundledProgram(file: string, rule: RuleFile): BundledProgram {
  return { file, rule, parsed: writeTrees(outlineOf(rule).expressions.map((e) => e.text)) };
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
export function readBundle(files = { bundle: BUNDLE_FILE, stamps: STAMPS_FILE }): Bundle | undefined {
  let bundle: Bundle;
  try {
    bundle = JSON.parse(readFileSync(files.bundle, "utf8")) as Bundle;
  } catch {
    return undefined;
  }
  const stamps = () => {
    try {
      return readFileSync(files.stamps, "utf8");
    } catch {
      return undefined;
    }
  };
  return sameRuleFiles({ times: bundle.times, stamps }) ? bundle : undefined;
}

/**
 * The bundle's programs against `fields` (the bundled catalogue, or it plus local fields), by id. Each is
 * compiled on first use of its expressions: a start compiles only the programs that apply to the profiles at
 * hand (a program outside the profile's region or term is decided from its head alone).
 */
export function compileBundle(bundle: Bundle, fields: FieldCatalogue): Map<string, Program> {
  const programs = new Map<string, Program>();
  for (const entry of bundle.programs) programs.set(entry.rule.id, lazyProgram(entry, fields));
  return programs;
}

function lazyProgram({ file, rule, parsed }: BundledProgram, fields: FieldCatalogue): Program {
  const full = (): Program => {
    const built = { parsed: parsed ? readTrees(parsed) : new Map() };
    const { program, diagnostics } = compileProgram(rule, locatorFor(file), fields, built);
    const error = diagnostics.find((d) => d.severity === "error");
    // The build checked this rule with this code; an error means the bundle is from another build.
    if (error) throw new Error(`${file}: ${error.message} (the rule bundle is stale: run \`npm run build\`)`);
    return program;
  };
  // The build checked the parameters too: what this finds was reported then.
  const parameters = () => compileParameters(rule, locatorFor(file), []).parameters;
  return compiledOnUse(programHead(rule, file), full, parameters);
}

/** The bundled rule set (a `RuleSet`) from the build's bundle, or undefined when there is none or it is stale. */
export function loadBundledRules() {
  const bundle = readBundle();
  if (!bundle) return undefined;
  const fields = new FieldCatalogue(bundle.fields);
  return { fields, programs: compileBundle(bundle, fields), diagnostics: [] as Diagnostic[] };
}
