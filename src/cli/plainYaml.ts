// The YAML that profiles are written in, read without the YAML library: a profile is read this way on the CLI's
// start path (src/cli/plainProfile.ts), since loading and running the library was ~10 % of an `eval`. It reads
// only block mappings of plain keys whose values are scalars (plain, or quoted without escapes) or further
// mappings, with comments and blank lines. Anything else, and anything YamlSource would report or change (a
// duplicate key, a tab, a control character, a number that is not finite or not decimal), makes it answer
// undefined, and the caller reads the text with YamlSource instead. test/start/plainYaml.test.ts holds that both
// readers give the same values, positions and written numbers.
import { type JsonText, positioned, type Spot, spotKey } from "../text/jsonText.js";

/** A mapping being read: its indentation, and the key whose value is still to come (`key:` ending a line). */
interface Open {
  readonly indent: number;
  readonly path: (string | number)[];
  readonly value: Record<string, unknown>;
  pending?: { key: string; keyAt: number; emptyAt: number };
}

// Tabs and line breaks other than LF change what a line is; control characters are shown as visible text by
// YamlSource (src/text/guard.ts), and a byte-order mark inside the text is a character of its own.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const DECLINED_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;
const KEY_LINE = /^( *)([A-Za-z_][A-Za-z0-9_]*):(?=( *)(.*)$)/;
const AFTER_VALUE = /^(?: +#.*| *)$/;
// A plain scalar starts with no indicator (a `-` only before a digit or a point) and holds no flow indicator,
// no `: ` (a nested mapping) and no ` #` (a comment) — those end the scalar or are errors, left to the library.
const PLAIN = /^(?:[^-?:,[\]{}#&*!|>'"%@`\s]|-[\d.])(?:[^,[\]{}:#]|:(?=\S)|(?<=\S)#)*$/;
// Keys the YAML core schema reads as null or a boolean, and the one key a plain object cannot hold.
const NOT_A_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;

// A profile nests two levels (section, field); YamlSource refuses a text past LIMITS.nestingDepth (64), which
// a reader of a few levels never has to count.
const MAX_LEVELS = 8;

/** `text` (without a byte-order mark) read as the plain YAML of a profile; undefined when it is anything else. */
export function plainYaml(text: string): JsonText | undefined {
  if (DECLINED_CHARACTER.test(text)) return undefined;
  const spots = new Map<string, Spot>();
  const root: Open = { indent: 0, path: [], value: {} };
  const open: Open[] = [root];
  let lineStart = 0;
  let first = true;
  for (const line of text.split("\n")) {
    const at = lineStart;
    lineStart += line.length + 1;
    if (BLANK_OR_COMMENT.test(line)) continue;
    const m = KEY_LINE.exec(line);
    if (!m) return undefined;
    const indent = (m[1] as string).length;
    const key = m[2] as string;
    const keyAt = at + indent;
    if (first) {
      if (indent !== 0) return undefined;
      spots.set(spotKey([]), { at: keyAt });
      first = false;
    }
    let top = open[open.length - 1] as Open;
    if (top.pending && indent > top.indent) {
      // The pending key's value is the mapping that starts on this line.
      const { key: parentKey, keyAt: parentKeyAt } = top.pending;
      top.pending = undefined;
      if (open.length >= MAX_LEVELS) return undefined;
      const child: Open = { indent, path: [...top.path, parentKey], value: {} };
      top.value[parentKey] = child.value;
      spots.set(spotKey(child.path), { at: keyAt, keyAt: parentKeyAt });
      open.push(child);
      top = child;
    }
    while (indent < top.indent) {
      closePending(top, spots);
      open.pop();
      top = open[open.length - 1] as Open;
    }
    closePending(top, spots);
    if (indent !== top.indent || Object.hasOwn(top.value, key) || NOT_A_STRING_KEY.test(key))
      return undefined;
    const spaces = (m[3] as string).length;
    const rest = m[4] as string;
    const valueAt = keyAt + key.length + 1 + spaces;
    if (rest === "" || (rest.startsWith("#") && spaces > 0)) {
      top.pending = { key, keyAt, emptyAt: valueAt };
      continue;
    }
    if (spaces === 0) return undefined;
    const scalar = scalarOf(rest);
    if (!scalar) return undefined;
    top.value[key] = scalar.value;
    spots.set(spotKey([...top.path, key]), { at: valueAt, keyAt, written: scalar.written });
  }
  if (first) return undefined;
  for (const o of open) closePending(o, spots);
  return positioned(root.value, spots);
}

/** A key that ended its line with nothing below it holds null (an empty scalar just after `key:` and its spaces). */
function closePending(o: Open, spots: Map<string, Spot>): void {
  if (!o.pending) return;
  const { key, keyAt, emptyAt } = o.pending;
  o.value[key] = null;
  spots.set(spotKey([...o.path, key]), { at: emptyAt, keyAt, written: "" });
  o.pending = undefined;
}

/** The scalar that is the rest of a line (a comment may follow), as the YAML core schema reads it. */
function scalarOf(rest: string): { value: unknown; written: string } | undefined {
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const end = rest.indexOf(quote, 1);
    const written = rest.slice(1, end);
    if (end < 0 || (quote === '"' && written.includes("\\")) || !AFTER_VALUE.test(rest.slice(end + 1)))
      return undefined;
    return { value: written, written };
  }
  const comment = rest.search(/ #/);
  const written = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
  if (!PLAIN.test(written)) return undefined;
  return coreScalar(written);
}

/** A plain scalar as the YAML 1.2 core schema reads it; undefined for what YamlSource refuses (0x…, 0o…, .inf). */
function coreScalar(written: string): { value: unknown; written: string } | undefined {
  if (/^(?:~|[Nn]ull|NULL)$/.test(written)) return { value: null, written };
  if (/^(?:[Tt]rue|TRUE)$/.test(written)) return { value: true, written };
  if (/^(?:[Ff]alse|FALSE)$/.test(written)) return { value: false, written };
  if (/^[-+]?0[oOxXbB]|^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(written)) return undefined;
  // A number keeps its digits as written, without a leading `+` (YamlSource.sourceText).
  const digits = written.startsWith("+") ? written.slice(1) : written;
  if (/^[-+]?[0-9]+$/.test(written)) return { value: Number.parseInt(written, 10), written: digits };
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(written)) {
    const value = Number.parseFloat(written);
    return Number.isFinite(value) ? { value, written: digits } : undefined;
  }
  return { value: written, written };
}
