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
  const diagnosticAt = (
    offset: number,
    code: string,
    message: string,
    path: readonly (string | number)[],
  ) => {
    // Lines end in LF, CRLF or a bare CR (as an editor, and the YAML reader, count them).
    const lineStart = Math.max(bare.lastIndexOf("\n", offset - 1), bare.lastIndexOf("\r", offset - 1)) + 1;
    const line = 1 + (bare.slice(0, lineStart).match(/\r\n?|\n/g)?.length ?? 0);
    return {
      file: name,
      line,
      col: offset - lineStart + 1,
      code,
      message,
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
      return { ...diagnosticAt(offset, p.code, p.message, path), says: p.says };
    },
    (path) => read.sourceText(path),
    options,
  );
}
