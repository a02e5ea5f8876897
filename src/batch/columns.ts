import type { Diagnostic } from "../diagnostics.js";
import { type Message, message, sayMessage } from "../messages/index.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { columnCandidates, qualifiedLabel } from "./columnGuide.js";
import { headerNames, normalHeader } from "./headerNames.js";
import { headerUnit } from "./headerUnit.js";

/** One input column bound to the profile field it fills; `field` undefined = a column the user chose to ignore. */
export interface Column {
  readonly header: string;
  /** 1-based position in the row, as a spreadsheet counts it. */
  readonly index: number;
  readonly field?: string;
}

/** What `--columns map.yaml` says: header → field path or label, or null to ignore the column. */
export type ColumnMap = Readonly<Record<string, string | null>>;

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
  const problem = (index: number, says: Message) =>
    diagnostics.push({
      file,
      line: headerLine,
      col: index,
      code: "input/column",
      message: sayMessage("en", says),
      says,
      severity: "error",
    });
  headers.forEach((raw, i) => {
    const header = raw.trim();
    const index = i + 1;
    if (!header) {
      problem(index, message("batch/column-empty", { index }));
      return;
    }
    const mapped = Object.hasOwn(map, header) ? map[header] : header;
    if (mapped === null || mapped === undefined) {
      columns.push({ header, index });
      return;
    }
    const candidates = names.get(normalHeader(mapped)) ?? [];
    if (candidates.length > 1) {
      const choices = {
        zh: candidates.map((p) => `${qualifiedLabel(catalogue, p, "zh")}（${p}）`).join("、"),
        en: candidates.map((p) => `${qualifiedLabel(catalogue, p, "en")} (${p})`).join(", "),
      };
      problem(index, message("batch/column-ambiguous", { header, choices }));
      return;
    }
    const field = candidates[0];
    if (!field) {
      const near = columnCandidates(mapped, catalogue);
      const label = (p: string, lang: "zh" | "en") => catalogue.fields.get(p)?.label[lang] ?? p;
      const suggestion = near.length
        ? { zh: near.map((p) => label(p, "zh")).join("、"), en: near.map((p) => label(p, "en")).join(", ") }
        : undefined;
      problem(index, message("batch/column-unknown", { header, ...(suggestion ? { suggestion } : {}) }));
      return;
    }
    const before = seen.get(field);
    if (before) {
      problem(index, message("batch/column-twice", { before, header, field }));
      return;
    }
    const unit = headerUnit(header, field, catalogue);
    if (unit && unit.factor === undefined) {
      const label = {
        zh: qualifiedLabel(catalogue, field, "zh"),
        en: qualifiedLabel(catalogue, field, "en"),
      };
      const into = catalogue.fields.get(field)?.unit ?? "";
      problem(index, message("batch/columnUnit", { header, label, word: unit.word, into }));
      return;
    }
    seen.set(field, header);
    columns.push({ header, index, field });
  });
  return { columns, diagnostics };
}
