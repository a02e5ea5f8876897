import type { Declared, Type } from "../expr/types.js";
import type { FieldDef, SectionDef } from "./fieldSchema.js";

/** The declared profile fields: what rules may read and profiles may hold. */
export class FieldCatalogue {
  readonly fields = new Map<string, FieldDef>();
  private readonly declared = new Map<string, Declared>();

  constructor(readonly sections: Readonly<Record<string, SectionDef>>) {
    for (const [sectionName, s] of Object.entries(sections)) {
      for (const [name, def] of Object.entries(s.fields)) {
        this.fields.set(`${sectionName}.${name}`, def);
        this.declared.set(`${sectionName}.${name}`, declare(def));
      }
    }
  }

  /** The expression type of a dotted field path. */
  field(path: string): Declared | undefined {
    return this.declared.get(path);
  }

  fieldPaths(): Iterable<string> {
    return this.fields.keys();
  }
}

function declare(def: FieldDef): Declared {
  return { type: expressionType(def), unit: def.unit };
}

function expressionType(def: FieldDef): Type {
  switch (def.type) {
    case "boolean":
      return { base: "boolean" };
    case "integer":
    case "decimal":
      return { base: "number" };
    case "date":
      return { base: "date" };
    case "enum":
      return { base: "string", values: def.values };
    case "enum-list":
      return { base: "list", values: def.values };
    case "records":
      return {
        base: "records",
        fields: new Map(Object.entries(def.fields).map(([k, f]) => [k, declare(f)])),
      };
    default:
      return { base: "string" };
  }
}
