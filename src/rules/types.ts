import type { Compiled } from "../expr/types.js";
import type { LocalText } from "./schema.js";
import type { YamlSource } from "./yamlSource.js";

// Types shared by the modules of src/rules, at the bottom so that none of them imports another for a type.

/** What compiling needs of a source file: where to place each problem. */
export type Locator = Pick<
  YamlSource,
  "file" | "at" | "atKey" | "diagnosticAt" | "textOffsetOf" | "offsetInScalar" | "sourceText"
>;

/** A value a rule names once and reads many times (`values:` in a rule file), e.g. a retirement date. */
export interface NamedValue {
  readonly name: string;
  readonly label: LocalText;
  readonly expr: Compiled;
}
