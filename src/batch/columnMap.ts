import { resolve } from "node:path";
import { type Diagnostic, InputError, UsageError } from "../diagnostics.js";
import { readBytes } from "../files/readTextFile.js";
import { YamlSource } from "../rules/yamlSource.js";
import type { ColumnMap } from "./columns.js";
import { InputFault } from "./inputs/inputFault.js";
import { decodeWhole } from "./inputs/textDecoding.js";

/**
 * Read `--columns map.yaml`: each key a header as it appears in the file, each value a field path or label
 * (`姓名: ~` ignores a column). Its encoding is decided as for CSV input. Problems are located in the map file.
 */
export async function readColumnMap(path: string, cwd: string): Promise<ColumnMap> {
  // Regular files only, at most LIMITS.fileBytes: a FIFO or /dev/zero given as the map is refused, not read.
  const read = readBytes(resolve(cwd, path), path);
  if (!read.ok) throw new InputError([read.diagnostic]);
  let text: string;
  try {
    // Saved from Notepad or Excel on a Chinese Windows, a map file is as often GBK as UTF-8.
    text = decodeWhole(read.bytes, path);
  } catch (e) {
    if (e instanceof InputFault) throw new UsageError(e.says);
    throw e;
  }
  const src = new YamlSource(path, text);
  if (src.diagnostics.length) throw new InputError(src.diagnostics);
  const data = src.data ?? {};
  if (typeof data !== "object" || Array.isArray(data))
    throw new InputError([src.at([], "schema/invalid", "expected a mapping `header: field path`")]);
  const problems: Diagnostic[] = [];
  const map: Record<string, string | null> = {};
  for (const [header, value] of Object.entries(data as Record<string, unknown>)) {
    if (value === null || typeof value === "string") map[header] = value;
    else
      problems.push(src.at([header], "schema/invalid", `\`${header}\`: expected a field path, a label or ~`));
  }
  if (problems.length) throw new InputError(problems);
  return map;
}
