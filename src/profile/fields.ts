import { readFileSync } from "node:fs";
import { z } from "zod";
import { type Diagnostic, InputError } from "../diagnostics.js";
import { YamlSource } from "../rules/yamlSource.js";
import { zodDiagnostics } from "../rules/zodDiagnostics.js";
import { FieldCatalogue } from "./fieldCatalogue.js";

export { FieldCatalogue };

const text = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

const baseField = {
  label: text,
  question: text.optional(),
  unit: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  values: z.array(z.string()).optional(),
  /** The only numbers allowed, for numeric fields with a closed set of values. */
  oneOf: z.array(z.number()).optional(),
  valueLabels: z.record(z.string(), text).optional(),
  note: z.string().optional(),
  /** For `text` fields: the most characters allowed. */
  maxLength: z.number().int().positive().optional(),
};
const fieldType = z.enum([
  "boolean",
  "integer",
  "decimal",
  "date",
  "region",
  "enum",
  "enum-list",
  "id-number",
  "text",
]);
const scalarField = z.strictObject({ type: fieldType, ...baseField });
const recordsField = z.strictObject({
  type: z.literal("records"),
  ...baseField,
  fields: z.record(z.string(), scalarField),
});
const fieldDef = z.union([scalarField, recordsField]);
const section = z.strictObject({ label: text, fields: z.record(z.string(), fieldDef) });

export const fieldCatalogueSchema = z.record(z.string(), section);
export type ScalarFieldDef = z.infer<typeof scalarField>;
export type FieldDef = z.infer<typeof fieldDef>;
export type SectionDef = z.infer<typeof section>;

/** Load and validate `fields.yaml`; all problems are reported together. */
export function loadFieldCatalogue(file: string, text = readFileSync(file, "utf8")): FieldCatalogue {
  const src = new YamlSource(file, text);
  const diagnostics: Diagnostic[] = [...src.diagnostics];
  if (!diagnostics.length) {
    const parsed = fieldCatalogueSchema.safeParse(src.data);
    if (parsed.success) return new FieldCatalogue(parsed.data);
    diagnostics.push(...zodDiagnostics(src, parsed.error, fieldCatalogueSchema));
  }
  throw new InputError(diagnostics);
}
