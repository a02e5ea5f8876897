import type { Program } from "../../rules/program.js";
import type { RuleFile } from "../../rules/schema.js";
import type { YamlSource } from "../../rules/yamlSource.js";

/** What every rule lint reads: the file with positions, its schema-valid content, and the compiled program. */
export interface LintContext {
  readonly src: YamlSource;
  readonly rule: RuleFile;
  readonly program: Program;
}
