import { z } from "zod";

/** The shape of `fields.yaml`: sections of declared fields. */
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
  /** Other ways people write a value (个体户 for individual-business), accepted everywhere like its labels. */
  aliases: z.record(z.string(), z.array(z.string().min(1))).optional(),
  /** Other column headers offices write for this field (an earlier label, a system's own name): read as the label. */
  headers: z.array(z.string().min(1)).optional(),
  /** A one-line plain explanation of a legal term, shown under its question. */
  gloss: text.optional(),
  note: z.string().optional(),
  /** A date of a fact that has already happened (birth, first insured, licence): never after today. */
  past: z.boolean().optional(),
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
  /** Each record is a person (a hire): counted 人 and numbered 第n名, not 条. */
  people: z.boolean().optional(),
  fields: z.record(z.string(), scalarField),
});
const fieldDef = z.union([scalarField, recordsField]);
const section = z.strictObject({ label: text, fields: z.record(z.string(), fieldDef) });

export const fieldCatalogueSchema = z.record(z.string(), section);
export type ScalarFieldDef = z.infer<typeof scalarField>;
export type FieldDef = z.infer<typeof fieldDef>;
export type SectionDef = z.infer<typeof section>;
