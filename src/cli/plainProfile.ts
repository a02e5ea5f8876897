import type { Diagnostic } from "../diagnostics.js";
import { tooDeepAt } from "../files/nesting.js";
import { LIMITS } from "../limits.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { type ProfileOptions, profileFromData } from "../profile/loadProfile.js";
import type { Profile } from "../profile/profile.js";
import { type JsonText, jsonText } from "../text/jsonText.js";
import { plainYaml } from "./plainYaml.js";

/**
 * One profile read without the YAML library, located as YamlSource locates it: a `.json` file or stdin holding one
 * JSON object (src/text/jsonText.ts), or a file or stdin in the plain YAML profiles are written in (block mappings
 * of scalars: src/cli/plainYaml.ts). Undefined for anything else — a list, NDJSON, several documents, other YAML,
 * or a text with a problem to report (then profileDocuments.ts reads it, and words every problem).
 * test/start/jsonProfile.test.ts and plainYaml.test.ts hold that both readings give the same profiles and
 * diagnostics.
 */
export function plainProfile(
  name: string,
  text: string,
  catalogue: FieldCatalogue,
  options: ProfileOptions,
): { profile?: Profile; diagnostics: Diagnostic[] } | undefined {
  const bare = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const read =
    /\.json$/i.test(name) || (name === "<stdin>" && /^\s*\{/.test(bare))
      ? plainJson(bare)
      : plainYamlOf(name, bare);
  return read && profileOfText(name, bare, read, catalogue, options);
}

function plainJson(bare: string): JsonText | undefined {
  if (!/^\s*\{/.test(bare) || tooDeepAt(bare) !== undefined) return undefined;
  return jsonText(bare, LIMITS.nestingDepth);
}

/** NDJSON files are lines of JSON; any other name that is not JSON may hold YAML (YamlSource reads them alike). */
function plainYamlOf(name: string, bare: string): JsonText | undefined {
  return /\.(json|ndjson|jsonl)$/i.test(name) ? undefined : plainYaml(bare);
}

function profileOfText(
  name: string,
  bare: string,
  read: JsonText,
  catalogue: FieldCatalogue,
  options: ProfileOptions,
): { profile?: Profile; diagnostics: Diagnostic[] } {
  let lineStarts: number[] | undefined;
  const placeAt = (offset: number, code: string, path: readonly (string | number)[]) => {
    // Found by halving, from the lines' starts found once: a profile of 80,000 unknown keys has as many problems.
    lineStarts ??= startsOfLines(bare);
    let line = 0;
    for (let step = 1 << 30; step; step >>= 1)
      if (line + step < lineStarts.length && (lineStarts[line + step] as number) <= offset) line += step;
    return {
      file: name,
      line: line + 1,
      col: offset - (lineStarts[line] as number) + 1,
      code,
      severity: "error" as const,
      path: path.join("."),
    };
  };
  return profileFromData(
    read.data,
    catalogue,
    (path, p) => {
      const key = path[path.length - 1];
      const offset = !p.atKey
        ? read.offsetOf(path)
        : key === undefined
          ? 0
          : read.offsetOfKey(path.slice(0, -1), String(key));
      return placeAt(offset, p.code, path);
    },
    (path) => read.sourceText(path),
    options,
  );
}

/** Where each line starts: lines end in LF, CRLF or a bare CR (as an editor, and the YAML reader, count them). */
function startsOfLines(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n?|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}
