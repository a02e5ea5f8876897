import type { Diagnostic } from "../diagnostics.js";
import { tooDeepAt } from "../files/nesting.js";
import { LIMITS } from "../limits.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { type ProfileOptions, profileFromData } from "../profile/loadProfile.js";
import type { Profile } from "../profile/profile.js";
import { jsonText } from "../text/jsonText.js";

/**
 * One JSON profile (a `.json` file, or stdin holding one JSON object) read without the YAML parser, located as
 * YamlSource locates it; undefined for anything else — a list, NDJSON, YAML, or JSON with a problem to report
 * (then the text is read by profileDocuments.ts, which words every problem). test/start/jsonProfile.test.ts
 * holds that both readings give the same profiles and diagnostics.
 */
export function jsonProfile(
  name: string,
  text: string,
  catalogue: FieldCatalogue,
  options: ProfileOptions,
): { profile?: Profile; diagnostics: Diagnostic[] } | undefined {
  if (!/\.json$/i.test(name) && name !== "<stdin>") return undefined;
  const bare = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/^\s*\{/.test(bare) || tooDeepAt(bare) !== undefined) return undefined;
  const json = jsonText(bare, LIMITS.nestingDepth);
  if (!json) return undefined;
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
    json.data,
    catalogue,
    (path, p) => {
      const key = path[path.length - 1];
      const offset = !p.atKey
        ? json.offsetOf(path)
        : key === undefined
          ? 0
          : json.offsetOfKey(path.slice(0, -1), String(key));
      return { ...diagnosticAt(offset, p.code, p.message, path), says: p.says };
    },
    (path) => json.sourceText(path),
    options,
  );
}
