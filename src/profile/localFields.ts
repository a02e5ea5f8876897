import { isDeepStrictEqual } from "node:util";
import type { Diagnostic } from "../diagnostics.js";
import { readTextFile } from "../files/readTextFile.js";
import { message, sayMessage } from "../messages/index.js";
import { YamlSource } from "../rules/yamlSource.js";
import { zodDiagnostics } from "../rules/zodDiagnostics.js";
import { FieldCatalogue } from "./fieldCatalogue.js";
import { fieldCatalogueSchema, type SectionDef } from "./fields.js";

/** Whether a file is a field catalogue (`fields.yaml`), in the bundled rules or a local rule directory. */
export const isFieldsFile = (path: string) => /(^|\/)fields\.ya?ml$/.test(path);

/**
 * The bundled catalogue plus the fields and sections of local `fields.yaml` files (same format).
 * A local file may add sections, and fields to a bundled section (whose label stays the bundled one);
 * redeclaring a field that is already declared is a located `rule/field-conflict` error and the local
 * declaration is ignored, so a bureau can never silently change what a bundled rule reads. A declaration repeated
 * word for word (a copy of the bundled directory, or the bundled directory itself) is the same field.
 * `files` are `[path, shown name]` pairs.
 */
export function withLocalFields(
  base: FieldCatalogue,
  files: readonly (readonly [string, string])[],
): { fields: FieldCatalogue; diagnostics: Diagnostic[] } {
  if (!files.length) return { fields: base, diagnostics: [] };
  // No prototype: a section named `toString` or `constructor` is a name like any other.
  const sections: Record<string, SectionDef> = Object.create(null);
  for (const [name, s] of Object.entries(base.sections)) sections[name] = { ...s, fields: { ...s.fields } };
  const declaredIn = new Map<string, string>(
    [...base.fields.keys()].map((p) => [p, "the bundled rules/fields.yaml"]),
  );
  const diagnostics: Diagnostic[] = [];
  for (const [path, shown] of files) {
    const read = readTextFile(path, shown);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const src = new YamlSource(shown, read.text);
    const unreadable = [...src.diagnostics, ...unusableNames(src)];
    diagnostics.push(...unreadable);
    if (unreadable.length) continue;
    const parsed = fieldCatalogueSchema.safeParse(src.data);
    if (!parsed.success) {
      diagnostics.push(...zodDiagnostics(src, parsed.error, fieldCatalogueSchema));
      continue;
    }
    for (const [sectionName, s] of Object.entries(parsed.data)) {
      sections[sectionName] ??= { label: s.label, fields: {} };
      const target = sections[sectionName];
      for (const [name, def] of Object.entries(s.fields)) {
        const full = `${sectionName}.${name}`;
        const earlier = declaredIn.get(full);
        if (earlier && sameDeclaration(target.fields[name], def)) continue;
        if (earlier) {
          const message = `\`${full}\` is already declared in ${earlier}; choose another name (a local catalogue may only add fields)`;
          diagnostics.push(src.atKey([sectionName, "fields", name], "rule/field-conflict", message));
          continue;
        }
        declaredIn.set(full, shown);
        target.fields[name] = def;
      }
    }
  }
  return { fields: new FieldCatalogue(sections), diagnostics };
}

/** Two declarations of a field that say the same (absent keys and keys set to undefined alike). */
const sameDeclaration = (a: unknown, b: unknown) =>
  a !== undefined && isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));

/**
 * `__proto__` as a section or field name: no profile can hold it (a profile's `__proto__` is an unknown key),
 * and the schema's records would drop it silently, so it is refused by name.
 */
function unusableNames(src: YamlSource): Diagnostic[] {
  const data = src.data;
  if (!data || typeof data !== "object") return [];
  const out: Diagnostic[] = [];
  const refuse = (path: string[]) => {
    const says = message("file/reserved-name", { name: "__proto__" });
    out.push({ ...src.atKey(path, "schema/invalid", sayMessage("en", says)), says });
  };
  for (const [name, section] of Object.entries(data as Record<string, unknown>)) {
    if (name === "__proto__") refuse([name]);
    const fields = (section as { fields?: unknown } | null)?.fields;
    if (fields && typeof fields === "object" && Object.hasOwn(fields, "__proto__"))
      refuse([name, "fields", "__proto__"]);
  }
  return out;
}
