import Big from "big.js";
import { isCollection, isMap, isPair, isScalar, LineCounter, type Node, parseDocument, visit } from "yaml";
import type { Diagnostic } from "../diagnostics.js";
import { clip, echo } from "../echo.js";
import { LIMITS } from "../limits.js";
import { type Message, message, sayMessage } from "../messages/index.js";
import { visibleControls } from "../text/guard.js";
import { tooDeepForParserAt } from "./parserDepth.js";
import { fullWidthColonNear, unquotedBraces } from "./syntaxHints.js";
import { YAML_PARSE_OPTIONS } from "./yamlOptions.js";

type Path = readonly (string | number)[];

/** Options of a YamlSource. */
export interface YamlSourceOptions {
  /**
   * For files whose numbers are used as doubles (rules, overrides, fixtures): the diagnostic code for a
   * number a double cannot keep as written (`11.9999999999999999`, `1e-99999999`). Profiles leave it
   * out: their numbers are read from the written digits (`sourceText`), exactly.
   */
  readonly impreciseCode?: string;
  /**
   * The code for keys that name JavaScript internals (`__proto__`, `constructor`, `prototype`): never a
   * field, program or parameter, so an unknown key wherever they stand. Profiles check their own keys.
   */
  readonly reservedKeyCode?: string;
}

const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

// Decimal notation as YAML 1.2 and JSON write it; hex, octal and .inf are other notations.
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A parsed YAML (or JSON) file that can say where any of its values stands. Whatever the file, it refuses
 * (as located diagnostics): tags (`!foo`, `!!binary`) and `%YAML` directives, which would change how a
 * value is read; numbers a double cannot keep as written (`1e400`, `1e-99999999`, `11.9999999999999999`);
 * and, for a `.json` file, anything that is not strict JSON (trailing commas, comments, single quotes).
 */
export class YamlSource {
  readonly data: unknown;
  readonly diagnostics: Diagnostic[] = [];
  private readonly lines = new LineCounter();
  private readonly doc;

  constructor(
    readonly file: string,
    text: string,
    options: YamlSourceOptions = {},
  ) {
    // A byte-order mark is not part of the text (editors on Windows write one before `- `).
    this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    // Depth is bounded before parsing: past a few hundred levels the parser can abort the process itself.
    const deep = tooDeepForParserAt(this.text);
    this.doc = parseDocument(deep === undefined ? this.text : "", {
      ...YAML_PARSE_OPTIONS,
      lineCounter: this.lines,
    });
    if (deep !== undefined) {
      for (let i = this.text.indexOf("\n"); i >= 0 && i < deep; i = this.text.indexOf("\n", i + 1))
        this.lines.addNewLine(i + 1);
      this.say(deep, "yaml/syntax", message("file/too-deep", { limit: LIMITS.nestingDepth }));
    }
    // The first syntax error only: after it the parser's view of the file is lost, and every later token is
    // reported again as noise (analyst F10: 102 errors for one unquoted `{name}`).
    const syntax = this.doc.errors[0];
    // The parser's own stack overflow (caught as RESOURCE_EXHAUSTION) is said as what it is, not in V8's English.
    if (syntax?.code === "RESOURCE_EXHAUSTION")
      this.say(syntax.pos[0], "yaml/syntax", message("file/too-deep", { limit: LIMITS.nestingDepth }));
    else if (syntax) {
      const reason = syntax.message.split("\n")[0] ?? syntax.message;
      const braces = unquotedBraces(this.text, syntax.pos[0]);
      this.say(
        syntax.pos[0],
        "yaml/syntax",
        braces
          ? message("file/yaml-quote-braces", { reason })
          : message("facts/yaml-syntax", {
              reason,
              code: syntax.code,
              fullWidthColon: fullWidthColonNear(this.text, syntax.pos[0]),
            }),
      );
    }
    if (/\.json$/i.test(file)) this.checkStrictJson();
    if (!this.diagnostics.length) this.checkValues(options);
    this.data = this.diagnostics.length ? undefined : this.toData();
  }

  readonly text: string;

  private say(offset: number, code: string, says: Message): void {
    this.diagnostics.push({ ...this.diagnosticAt(offset, code, sayMessage("en", says)), says });
  }

  /** Where the tag written before the value at `offset` starts (`!!binary` in `key: !!binary …`). */
  private tagStart(offset: number): number {
    let i = offset - 1;
    while (i > 0 && /\s/.test(this.text[i] ?? "")) i--;
    while (i > 0 && /\S/.test(this.text[i - 1] ?? "")) i--;
    return this.text[i] === "!" ? i : Math.max(this.text.lastIndexOf("!", offset), 0);
  }

  private checkStrictJson(): void {
    try {
      JSON.parse(this.text);
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      const at = /position (\d+)/.exec(text);
      const reason = text.replace(/ in JSON at position \d+.*$/, "");
      this.say(at ? Number(at[1]) : 0, "input/json-syntax", message("file/json-strict", { reason }));
    }
  }

  /** Tags, directives and numbers that cannot be kept as written, located. */
  private checkValues({ impreciseCode, reservedKeyCode }: YamlSourceOptions): void {
    if (this.doc.directives?.yaml.explicit || /^%/m.test(this.text.slice(0, this.doc.range?.[0] ?? 0))) {
      const at = this.text.indexOf("%");
      this.say(Math.max(at, 0), "yaml/directive", message("file/yaml-directive"));
    }
    const keysOf = new WeakMap<object, Set<string>>();
    visit(this.doc, {
      Pair: (_key, pair, path) => {
        const key = pair.key;
        const map = path[path.length - 1] as object;
        // A list or mapping as a key (`{ [a]: 1 }`, `? - a`) names nothing; JavaScript would make it a string.
        if (isCollection(key) && key.range)
          this.say(key.range[0], "yaml/syntax", message("file/yaml-collection-key"));
        if (isScalar(key) && key.range) {
          const seen = keysOf.get(map) ?? new Set<string>();
          keysOf.set(map, seen);
          const name = String(key.value);
          if (seen.has(name))
            this.say(key.range[0], "yaml/syntax", message("file/duplicate-key", { key: echo(name) }));
          seen.add(name);
        }
        if (reservedKeyCode && isScalar(key) && RESERVED_KEYS.has(String(key.value)) && key.range)
          this.diagnostics.push(
            this.diagnosticAt(key.range[0], reservedKeyCode, `unknown key \`${String(key.value)}\``),
          );
      },
      Node: (_key, node) => {
        // A title or value holding an escape sequence would drive the terminal it is shown on: kept as
        // visible text (`\x1b[2J`), the way every message quotes it.
        if (isScalar(node) && typeof node.value === "string") node.value = visibleControls(node.value);
        if (node.tag && node.range) {
          const at = this.tagStart(node.range[0]);
          const tag = clip(node.tag.replace(/^tag:yaml\.org,2002:/, "!!"));
          this.say(Math.max(at, 0), "yaml/tag", message("file/yaml-tag", { tag }));
        }
        if (isScalar(node) && typeof node.value === "number" && node.range) {
          const written = typeof node.source === "string" ? node.source : "";
          // `0x1388` and `0o0` are numbers to YAML 1.2, never to an office: refused, not read as 5000 and 0.
          if (/^[-+]?0[xob]/i.test(written)) {
            const says = message("file/number-notation", { value: echo(written) });
            this.say(node.range[0], impreciseCode ?? "input/number", says);
            return;
          }
          if (!Number.isFinite(node.value))
            this.say(
              node.range[0],
              impreciseCode ?? "input/number",
              message("file/number-infinite", { value: echo(written) }),
            );
          const problem = impreciseCode && numberProblem(node.value, written);
          if (problem) this.diagnostics.push(this.diagnosticAt(node.range[0], impreciseCode, problem));
        }
      },
    });
  }

  private toData(): unknown {
    try {
      return this.doc.toJS();
    } catch (e) {
      // The yaml library refuses documents whose aliases would expand without bound ("billion laughs").
      const message = e instanceof Error ? e.message : String(e);
      this.diagnostics.push(this.diagnosticAt(0, "yaml/syntax", message));
      return undefined;
    }
  }

  /** Line and column (1-based) of a character offset. */
  position(offset: number): { line: number; col: number } {
    const p = this.lines.linePos(offset);
    return { line: p.line, col: p.col };
  }

  /** A diagnostic at a character offset. */
  diagnosticAt(offset: number, code: string, message: string, path?: Path): Diagnostic {
    return {
      file: this.file,
      ...this.position(offset),
      code,
      message,
      severity: "error",
      path: path?.join("."),
    };
  }

  /** Offset of the value at `path`, or of the nearest ancestor that exists. */
  offsetOf(path: Path): number {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (node?.range) return node.range[0];
    }
    return 0;
  }

  /** Offset of the key `key` in the map at `path` (for unknown-key errors). */
  offsetOfKey(path: Path, key: string): number {
    const map = path.length ? this.doc.getIn(path, true) : this.doc.contents;
    if (isMap(map)) {
      // Indexed once per mapping: locating every key of an 80,000-key mapping one by one was quadratic.
      let index = this.keyOffsets.get(map);
      if (!index) {
        index = new Map();
        for (const item of map.items)
          if (isPair(item) && isScalar(item.key) && item.key.range && !index.has(String(item.key.value)))
            index.set(String(item.key.value), item.key.range[0]);
        this.keyOffsets.set(map, index);
      }
      const at = index.get(key);
      if (at !== undefined) return at;
    }
    return this.offsetOf(path);
  }

  private readonly keyOffsets = new WeakMap<object, Map<string, number>>();

  /** Offset where the text of a scalar value starts (after an opening quote), for expression errors. */
  textOffsetOf(path: Path): number {
    const node = this.doc.getIn(path, true) as Node | undefined;
    if (!isScalar(node) || !node.range) return this.offsetOf(path);
    const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
    return node.range[0] + (quoted ? 1 : 0);
  }

  /** The located diagnostic for the key that ends `path` (unknown or unused names). */
  atKey(path: Path, code: string, message = ""): Diagnostic {
    const key = path[path.length - 1];
    const offset = key === undefined ? 0 : this.offsetOfKey(path.slice(0, -1), String(key));
    return this.diagnosticAt(offset, code, message, path);
  }

  /**
   * Offset in the file of character `index` of the scalar at `path`, for expression errors.
   * Folded and literal block scalars drop indentation and fold lines, so walk both texts in step.
   */
  offsetInScalar(path: Path, index: number): number {
    const node = this.doc.getIn(path, true) as Node | undefined;
    if (!isScalar(node) || !node.range) return this.offsetOf(path) + index;
    if (node.type !== "BLOCK_FOLDED" && node.type !== "BLOCK_LITERAL") return this.textOffsetOf(path) + index;
    const value = String(node.value);
    let j = this.text.indexOf("\n", node.range[0]) + 1;
    for (let i = 0; i < index && j < this.text.length; ) {
      if (value[i] === this.text[j]) {
        i++;
        j++;
      } else if (/\s/.test(this.text[j] ?? "")) j++;
      else i++;
    }
    while (/[ \t\n]/.test(this.text[j] ?? "") && /\S/.test(value[index] ?? "")) j++;
    return j;
  }

  /**
   * The text of the scalar at `path` as written (e.g. `0.07`), for exact decimals; a number's leading `+`
   * (`+5000`, which YAML reads as 5000) is dropped, since exact decimals are written without one.
   */
  sourceText(path: Path): string | undefined {
    const node = this.doc.getIn(path, true);
    if (!isScalar(node) || typeof node.source !== "string") return undefined;
    return typeof node.value === "number" ? withoutPlus(node.source) : node.source;
  }

  /** The located diagnostic for the value at `path`. */
  at(path: Path, code: string, message = ""): Diagnostic {
    return this.diagnosticAt(this.offsetOf(path), code, message, path);
  }
}

/** A decimal as big.js reads it: without a leading `+`. */
export const withoutPlus = (written: string) => (written.startsWith("+") ? written.slice(1) : written);

/** Why a number as written cannot be used as the double it was read as, or undefined when it can. */
export function numberProblem(value: number, written: string): string | undefined {
  // Most numbers are written the way a double prints them ("2000", "0.8"): nothing to compare.
  if (!Number.isFinite(value) || String(value) === written || !DECIMAL.test(written)) return undefined;
  const shown = clip(written);
  const exact = new Big(withoutPlus(written));
  if (value === 0 && !exact.eq(0)) return `${shown} is too small to be kept; it would be used as 0`;
  if (!exact.eq(new Big(value)))
    return `${shown} has more digits than are kept; it would be used as ${value}`;
  return undefined;
}
