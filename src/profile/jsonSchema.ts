import type { FieldCatalogue } from "./fieldCatalogue.js";
import type { FieldDef } from "./fields.js";

type Schema = Record<string, unknown>;

/** The JSON Schema (2020-12) of a profile, generated from the field catalogue. */
export function profileJsonSchema(catalogue: FieldCatalogue): Schema {
  const properties: Record<string, Schema> = {};
  for (const [name, section] of Object.entries(catalogue.sections)) {
    const fields = Object.fromEntries(
      Object.entries(section.fields).map(([f, def]) => [f, fieldSchema(def)]),
    );
    properties[name] = {
      type: "object",
      title: section.label.en,
      description: section.label.zh,
      properties: fields,
      additionalProperties: false,
    };
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "butie profile",
    type: "object",
    properties,
    additionalProperties: false,
  };
}

function fieldSchema(def: FieldDef): Schema {
  const meta = { title: def.label.en, description: def.label.zh };
  const range = {
    ...(def.min !== undefined ? { minimum: def.min } : {}),
    ...(def.max !== undefined ? { maximum: def.max } : {}),
  };
  switch (def.type) {
    case "boolean":
      return { ...meta, type: ["boolean", "null"] };
    case "integer":
      return {
        ...meta,
        type: ["integer", "null"],
        ...range,
        ...(def.oneOf ? { enum: [...def.oneOf, null] } : {}),
      };
    case "decimal":
      return { ...meta, type: ["number", "null"], ...range };
    case "date":
      return { ...meta, type: ["string", "null"], format: "date" };
    case "region":
      return { ...meta, type: ["string", "null"], pattern: "^\\d{6}$" };
    case "id-number":
      return { ...meta, type: ["string", "null"], pattern: "^\\d{17}[\\dXx]$" };
    case "text":
      return { ...meta, type: ["string", "null"], maxLength: def.maxLength ?? 200 };
    case "enum":
      return { ...meta, enum: [...(def.values ?? []), null] };
    case "enum-list":
      return { ...meta, type: "array", items: { enum: def.values ?? [] } };
    case "records":
      return {
        ...meta,
        type: "array",
        items: {
          type: "object",
          properties: Object.fromEntries(Object.entries(def.fields).map(([k, f]) => [k, fieldSchema(f)])),
          additionalProperties: false,
        },
      };
  }
}
