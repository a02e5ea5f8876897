import type { Diagnostic } from "../diagnostics.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { maskIdNumber } from "../profile/idNumber.js";
import { profileFromData } from "../profile/loadProfile.js";
import type { Profile } from "../profile/profile.js";
import { cellValue } from "./cellValue.js";
import type { Column } from "./columns.js";

/** A validated row: the profile, or every problem of the row located at its line and column. */
export type RowProfile = { profile?: Profile; diagnostics: Diagnostic[] };

/**
 * Read one spreadsheet row into a profile through the same validation as `eval`, so the errors are the same;
 * each problem names the row's line and the column it came from.
 */
export function rowProfile(
  cells: readonly unknown[],
  columns: readonly Column[],
  catalogue: FieldCatalogue,
  file: string,
  line: number,
): RowProfile {
  const data: Record<string, Record<string, unknown>> = {};
  const texts = new Map<string, string>();
  const byField = new Map<string, Column>();
  const diagnostics: Diagnostic[] = [];
  for (const column of columns) {
    if (!column.field) continue;
    const def = catalogue.fields.get(column.field);
    if (!def) continue;
    byField.set(column.field, column);
    const cell = cellValue(def, cells[column.index - 1]);
    if (cell === undefined) continue;
    const [section = "", name = ""] = column.field.split(".");
    // A section appears once any of its columns is filled: an all-empty section means "not this situation".
    const body = data[section] ?? {};
    data[section] = body;
    if ("error" in cell) {
      diagnostics.push(
        located(file, line, column, "profile/type", `\`${column.field}\`: ${maskIds(cell.error)}`),
      );
      continue;
    }
    body[name] = cell.value;
    if (cell.text !== undefined) texts.set(column.field, cell.text);
  }
  const result = profileFromData(
    data,
    catalogue,
    (path, p) => {
      const field = path.slice(0, 2).join(".");
      const column = byField.get(field);
      return located(file, line, column, p.code, p.message);
    },
    (path) => (path.length === 2 ? texts.get(path.join(".")) : undefined),
  );
  if (!diagnostics.length && !result.diagnostics.length) return result;
  return { diagnostics: masked([...diagnostics, ...result.diagnostics]) };
}

function located(
  file: string,
  line: number,
  column: Column | undefined,
  code: string,
  message: string,
): Diagnostic {
  const where = column ? `column ${column.header}: ` : "";
  return { file, line, col: column?.index ?? 1, code, message: `${where}${message}`, severity: "error" };
}

/**
 * Read one NDJSON line into a profile. Problems carry the line in the file and the column (character) of
 * the value within the line.
 */
export function ndjsonProfile(
  text: string,
  catalogue: FieldCatalogue,
  file: string,
  line: number,
): RowProfile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = maskIds((e as Error).message.replace(/^JSON\.parse: /, ""));
    const at = /position (\d+)/.exec(message);
    return {
      diagnostics: [
        {
          file,
          line,
          col: at ? Number(at[1]) + 1 : 1,
          code: "yaml/syntax",
          message: `not a JSON object: ${message}`,
          severity: "error",
        },
      ],
    };
  }
  const result = profileFromData(data, catalogue, (path, p) => ({
    file,
    line,
    col: columnOf(text, path),
    code: p.code,
    message: p.message,
    severity: "error",
    path: path.join("."),
  }));
  return result.diagnostics.length ? { diagnostics: masked(result.diagnostics) } : result;
}

/** Where the value at `path` starts in a one-line JSON text: found key by key, so a cheap scan suffices. */
function columnOf(text: string, path: readonly (string | number)[]): number {
  let from = 0;
  for (const key of path) {
    if (typeof key === "number") continue;
    const at = text.indexOf(`"${key}"`, from);
    if (at < 0) break;
    from = at;
  }
  return from + 1;
}

/** A batch output may be shared: no message of it shows an ID number whole, whoever wrote the message. */
function masked(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, message: maskIds(d.message) }));
}

/** Messages may quote what was typed (V8 quotes the bad JSON): anything shaped like an ID number is masked. */
export function maskIds(text: string): string {
  return text.replace(/\d{17}[\dXx]/g, (id) => maskIdNumber(id));
}
