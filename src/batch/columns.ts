import { type Diagnostic, didYouMean } from "../diagnostics.js";
import type { FieldCatalogue, FieldDef } from "../profile/fields.js";

/** One input column bound to the profile field it fills; `field` undefined = a column the user chose to ignore. */
export interface Column {
  readonly header: string;
  /** 1-based position in the row, as a spreadsheet counts it. */
  readonly index: number;
  readonly field?: string;
}

/** What `--columns map.yaml` says: header → field path or label, or null to ignore the column. */
export type ColumnMap = Readonly<Record<string, string | null>>;

/** Labels are compared without spaces and separators, so `个人信息·出生日期` and `个人信息 出生日期` are one name. */
export const normalHeader = (s: string) => s.replace(/[\s.·・:：/\\|_\-—（）()]/g, "").toLowerCase();

/** Every name a field answers to, and the fields behind each name. */
export function headerNames(catalogue: FieldCatalogue): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const add = (name: string, path: string) => {
    const key = normalHeader(name);
    const list = names.get(key) ?? [];
    if (!list.includes(path)) list.push(path);
    names.set(key, list);
  };
  for (const [sectionName, section] of Object.entries(catalogue.sections)) {
    for (const [name, def] of Object.entries(section.fields)) {
      const path = `${sectionName}.${name}`;
      add(path, path);
      for (const lang of ["zh", "en"] as const) {
        add(def.label[lang], path);
        add(`${section.label[lang]}${def.label[lang]}`, path);
      }
    }
  }
  return names;
}

/**
 * Bind the header row to fields: a field path, a field's label (zh or en), or its section label + field label
 * when the label alone names several fields; `map` renames other headers first. Every header that names no
 * field, or several, is a problem located at its column in the header row.
 */
export function resolveColumns(
  headers: readonly string[],
  catalogue: FieldCatalogue,
  file: string,
  headerLine: number,
  map: ColumnMap = {},
): { columns: Column[]; diagnostics: Diagnostic[] } {
  const names = headerNames(catalogue);
  const columns: Column[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, string>();
  const problem = (index: number, code: string, message: string) =>
    diagnostics.push({ file, line: headerLine, col: index, code, message, severity: "error" });
  headers.forEach((raw, i) => {
    const header = raw.trim();
    const index = i + 1;
    if (!header) {
      problem(index, "input/column", `column ${index} has no header (name it, or remove the column)`);
      return;
    }
    const mapped = Object.hasOwn(map, header) ? map[header] : header;
    if (mapped === null || mapped === undefined) {
      columns.push({ header, index });
      return;
    }
    const candidates = names.get(normalHeader(mapped)) ?? [];
    if (candidates.length > 1) {
      const sections = candidates.map((path) => qualifiedLabel(catalogue, path)).join("、");
      problem(
        index,
        "input/column",
        `column \`${header}\` could be any of ${candidates.join(", ")}: write the section label before the field label (${sections}) or the field path`,
      );
      return;
    }
    const field = candidates[0];
    if (!field) {
      const suggestion = didYouMean(mapped, [...catalogue.fieldPaths(), ...labels(catalogue)]);
      problem(
        index,
        "input/column",
        `column \`${header}\` names no profile field${suggestion}; map it in --columns (\`${header}: <field path>\`, or \`~\` to ignore it)`,
      );
      return;
    }
    const before = seen.get(field);
    if (before) {
      problem(index, "input/column", `columns \`${before}\` and \`${header}\` both fill ${field}`);
      return;
    }
    seen.set(field, header);
    columns.push({ header, index, field });
  });
  return { columns, diagnostics };
}

function labels(catalogue: FieldCatalogue): string[] {
  return [...catalogue.fields.values()].map((def: FieldDef) => def.label.zh);
}

function qualifiedLabel(catalogue: FieldCatalogue, path: string): string {
  const [sectionName = "", name = ""] = path.split(".");
  const section = catalogue.sections[sectionName];
  return `${section?.label.zh ?? sectionName}·${section?.fields[name]?.label.zh ?? name}`;
}
