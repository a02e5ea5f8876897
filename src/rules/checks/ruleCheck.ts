import type { Diagnostic } from "../../diagnostics.js";
import type { Compiled } from "../../expr/types.js";
import type { FieldCatalogue } from "../../profile/fields.js";
import type { Outline, OutlineExpression } from "../outline.js";
import { pathKey } from "../outline.js";
import type { Program } from "../program.js";
import type { RuleFile } from "../schema.js";
import type { YamlSource } from "../yamlSource.js";

/** What every check of a compiled rule file reads: the file with positions, its content, outline and program. */
export interface RuleCheckContext {
  readonly src: Pick<YamlSource, "at" | "atKey" | "diagnosticAt" | "text">;
  readonly rule: RuleFile;
  readonly program: Program;
  readonly outline: Outline;
  /** Each expression of the outline as compiled, by `pathKey` of its path. */
  readonly compiled: ReadonlyMap<string, Compiled>;
  readonly catalogue: FieldCatalogue;
}

/** One check: a warning (or several) about a rule file that compiled. */
export type RuleCheck = (c: RuleCheckContext) => Diagnostic[];

/** The outline's expressions with their compiled form (those that compiled), in outline order. */
export function compiledExpressions(c: RuleCheckContext): { e: OutlineExpression; compiled: Compiled }[] {
  const out: { e: OutlineExpression; compiled: Compiled }[] = [];
  for (const e of c.outline.expressions) {
    const compiled = c.compiled.get(pathKey(e.path));
    if (compiled) out.push({ e, compiled });
  }
  return out;
}

/** A diagnostic as a warning. */
export function warning(d: Diagnostic): Diagnostic {
  return { ...d, severity: "warning" };
}
