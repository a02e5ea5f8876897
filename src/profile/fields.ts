import { type Diagnostic, InputError } from "../diagnostics.js";
import { readTextFile } from "../files/readTextFile.js";
import { YamlSource } from "../rules/yamlSource.js";
import { zodDiagnostics } from "../rules/zodDiagnostics.js";
import { FieldCatalogue } from "./fieldCatalogue.js";
import { fieldCatalogueSchema } from "./fieldSchema.js";

export type { FieldDef, ScalarFieldDef, SectionDef } from "./fieldSchema.js";
export { FieldCatalogue, fieldCatalogueSchema };

/** Load and validate `fields.yaml`; all problems are reported together. */
export function loadFieldCatalogue(file: string, text?: string): FieldCatalogue {
  if (text === undefined) {
    const read = readTextFile(file);
    if (!read.ok) throw new InputError([read.diagnostic]);
    text = read.text;
  }
  const src = new YamlSource(file, text);
  const diagnostics: Diagnostic[] = [...src.diagnostics];
  if (!diagnostics.length) {
    const parsed = fieldCatalogueSchema.safeParse(src.data);
    if (parsed.success) return new FieldCatalogue(parsed.data);
    diagnostics.push(...zodDiagnostics(src, parsed.error, fieldCatalogueSchema));
  }
  throw new InputError(diagnostics);
}
