import type { Diagnostic } from "../diagnostics.js";
import { inEachLanguage, type Message, message } from "../messages/index.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { maskIdShapedIn } from "../profile/idNumber.js";
import { type ProfileOptions, profileFromData, readProfile } from "../profile/loadProfile.js";
import type { Profile } from "../profile/profile.js";
import { YamlSource } from "../rules/yamlSource.js";
import { cellFault, cellsAsRead } from "./cellScreen.js";
import { cellRaw, recordsCell } from "./cellValue.js";
import type { Column } from "./columns.js";
import { leanProfile } from "./leanProfile.js";
import { leanRow } from "./leanRow.js";

/**
 * A validated row: the profile with what its reading says back (`notes`: a unit converted, a place name read as
 * its code, a date after the as-of date read as unknown — the warnings `eval` prints), or every problem of the row
 * located at its line and column; a failed row keeps its case reference (`case.reference`) when that value alone
 * is valid, so the row can be found again.
 */
export type RowProfile = {
  profile?: Profile;
  diagnostics: Diagnostic[];
  notes?: readonly Diagnostic[];
  reference?: string;
};

/** A row read: its profile and the notes of its reading, or its errors. */
function readRow(
  result: { profile?: Profile; diagnostics: Diagnostic[] },
  reference: unknown,
  catalogue: FieldCatalogue,
): RowProfile {
  if (!result.profile) return failed(result.diagnostics, reference, catalogue);
  return result.diagnostics.length
    ? { profile: result.profile, diagnostics: [], notes: masked(result.diagnostics) }
    : { profile: result.profile, diagnostics: [] };
}

const REFERENCE = "case.reference";

/**
 * The case reference of a row in error, when its value passes the catalogue's own check of that field
 * (length, never an ID number); else undefined. Masked all the same: the output may be shared.
 */
export function validReference(value: unknown, catalogue: FieldCatalogue): string | undefined {
  if (typeof value !== "string" || !catalogue.fields.has(REFERENCE)) return undefined;
  const alone = profileFromData({ case: { reference: value } }, catalogue, (_, p) => ({
    file: "",
    line: 1,
    col: 1,
    code: p.code,
    severity: "error",
  }));
  const reference = alone.profile?.fields.get(REFERENCE);
  return typeof reference === "string" ? maskIds(reference) : undefined;
}

/** A failed row's result: its masked problems and, when valid, its case reference. */
function failed(diagnostics: Diagnostic[], reference: unknown, catalogue: FieldCatalogue): RowProfile {
  const valid = validReference(reference, catalogue);
  return { diagnostics: masked(diagnostics), ...(valid === undefined ? {} : { reference: valid }) };
}

/**
 * Read one spreadsheet row into a profile through the same readers as `eval`, so the values and the errors
 * are the same; each problem names the row's line and the column it came from.
 */
export function rowProfile(
  written: readonly unknown[],
  columns: readonly Column[],
  catalogue: FieldCatalogue,
  file: string,
  line: number,
  dates: ProfileOptions = {},
): RowProfile {
  const cells = cellsAsRead(written, columns, catalogue);
  // A filled cell right of the header's last column: no field to read it as, and it must not vanish unread.
  const width = columns.at(-1)?.index ?? 0;
  for (let i = width; i < cells.length; i++)
    if (cellRaw(cells[i]) !== undefined) {
      const says = message("batch/column-empty", { index: i + 1 });
      return failed([located(file, line, undefined, "input/column", says)], undefined, catalogue);
    }
  const fault = cellFault(cells, columns, catalogue);
  if (fault) {
    const reference = columns.find((c) => c.field === REFERENCE);
    const problem = located(file, line, fault.column, fault.code, fault.says);
    return failed([problem], reference && cellRaw(cells[reference.index - 1]), catalogue);
  }
  const lean = leanRow(cells, columns, catalogue, dates);
  if (lean) return { profile: lean, diagnostics: [] };
  const data: Record<string, Record<string, unknown>> = {};
  const byField = new Map<string, Column>();
  for (const column of columns) {
    if (!column.field) continue;
    const def = catalogue.fields.get(column.field);
    if (!def) continue;
    byField.set(column.field, column);
    const raw = cellRaw(cells[column.index - 1]);
    if (raw === undefined) continue;
    const [section = "", name = ""] = column.field.split(".");
    // A section appears once any of its columns is filled: an all-empty section means "not this situation".
    const body = data[section] ?? {};
    data[section] = body;
    body[name] = def.type === "records" ? recordsCell(raw) : raw;
  }
  const result = profileFromData(
    data,
    catalogue,
    (path, p) => {
      const column = byField.get(path.slice(0, 2).join("."));
      // The column names the field: the path would say it twice, in the engine's words.
      return located(file, line, column, p.code, column && path.length === 2 ? p.problem : p.says);
    },
    undefined,
    dates,
  );
  const [section = "", name = ""] = REFERENCE.split(".");
  return readRow(result, data[section]?.[name], catalogue);
}

function located(
  file: string,
  line: number,
  column: Column | undefined,
  code: string,
  problem: Message,
): Diagnostic {
  const says = column
    ? message("batch/atColumn", { index: column.index, header: column.header, problem })
    : message("batch/rowProblem", { problem });
  return { file, line, col: column?.index ?? 1, code, says, severity: "error" };
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
  dates: ProfileOptions = {},
): RowProfile {
  // JSON.parse reads numbers as doubles: `11.9999999999999999` would pass as 12. A line with a number a double
  // may not keep (many digits, an exponent) takes eval's path, which reads every number from its written digits.
  if (mayLoseDigits(text)) return preciseNdjsonProfile(text, catalogue, file, line, dates);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    const col = at ? Number(at[1]) + 1 : text.length + 1;
    const says = message("batch/notJson", { col });
    return {
      diagnostics: [{ file, line, col, code: "yaml/syntax", says, severity: "error" }],
    };
  }
  // Most rows are valid: checked by the precompiled lean path; any doubt goes to the full path for its errors.
  const lean = leanProfile(data, catalogue, dates);
  if (lean) return { profile: lean, diagnostics: [] };
  const result = profileFromData(
    data,
    catalogue,
    (path, p) => ({
      ...located(file, line, undefined, p.code, p.says),
      col: columnOf(text, path),
      path: path.join("."),
    }),
    undefined,
    dates,
  );
  return readRow(result, referenceIn(data), catalogue);
}

/** `case.reference` as written in a record's data, whatever its type. */
function referenceIn(data: unknown): unknown {
  const section = (data as { case?: unknown } | null)?.case;
  return typeof section === "object" && section !== null
    ? (section as { reference?: unknown }).reference
    : undefined;
}

/** A run of 16 or more digits (a double keeps 15–17), or a number written with an exponent. */
const MAY_LOSE_DIGITS = /\d[\d.]{15,}|\d[eE][+-]?\d/;
const JSON_TOKEN = /"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*/g;

/**
 * Whether a JSON number of the line may not survive as a double. Only numbers count: an ID number or a long
 * file number in quotes is text, and must not send its row through the slow exact path.
 */
function mayLoseDigits(text: string): boolean {
  if (!MAY_LOSE_DIGITS.test(text)) return false;
  for (const [token] of text.matchAll(JSON_TOKEN))
    if (token.charCodeAt(0) !== 34 && MAY_LOSE_DIGITS.test(token)) return true;
  return false;
}

/** One NDJSON line read as `eval` reads it (YAML parser, exact digits), its problems moved to the line. */
function preciseNdjsonProfile(
  text: string,
  catalogue: FieldCatalogue,
  file: string,
  line: number,
  dates: ProfileOptions,
): RowProfile {
  const result = readProfile(new YamlSource(file, text), catalogue, dates);
  const moved = result.diagnostics.map((d) => ({ ...d, line: d.line + line - 1 }));
  let data: unknown;
  try {
    data = result.profile ? undefined : JSON.parse(text);
  } catch {
    data = undefined;
  }
  return readRow({ ...result, diagnostics: moved }, referenceIn(data), catalogue);
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
  return diagnostics.map((d) =>
    d.says === undefined ? { ...d, message: maskIds(d.message) } : { ...d, says: maskedMessage(d.says) },
  );
}

function maskedMessage(says: Message): Message {
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(says.params ?? {}))
    params[k] =
      typeof v === "string"
        ? maskIds(v)
        : isBoth(v)
          ? inEachLanguage((lang) => maskIds(v[lang]))
          : isMessage(v)
            ? maskedMessage(v)
            : v;
  return { ...says, params } as Message;
}

const isMessage = (v: unknown): v is Message =>
  typeof v === "object" && v !== null && typeof (v as { code?: unknown }).code === "string";

const isBoth = (v: unknown): v is { zh: string; en: string } =>
  typeof v === "object" && v !== null && typeof (v as { zh?: unknown }).zh === "string";

/** Messages may quote what was typed (V8 quotes the bad JSON): anything shaped like an ID number is masked. */
export const maskIds = maskIdShapedIn;
