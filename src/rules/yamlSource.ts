import { isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import type { Diagnostic } from "../diagnostics.js";

type Path = readonly (string | number)[];

/** A parsed YAML (or JSON) file that can say where any of its values stands. */
export class YamlSource {
  readonly data: unknown;
  readonly diagnostics: Diagnostic[] = [];
  private readonly lines = new LineCounter();
  private readonly doc;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    for (const e of this.doc.errors) {
      this.diagnostics.push(
        this.diagnosticAt(e.pos[0], "yaml/syntax", e.message.split("\n")[0] ?? e.message),
      );
    }
    this.data = this.doc.errors.length ? undefined : this.toData();
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
      for (const item of map.items) {
        if (isPair(item) && isScalar(item.key) && String(item.key.value) === key && item.key.range)
          return item.key.range[0];
      }
    }
    return this.offsetOf(path);
  }

  /** Offset where the text of a scalar value starts (after an opening quote), for expression errors. */
  textOffsetOf(path: Path): number {
    const node = this.doc.getIn(path, true) as Node | undefined;
    if (!isScalar(node) || !node.range) return this.offsetOf(path);
    const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
    return node.range[0] + (quoted ? 1 : 0);
  }

  /** The located diagnostic for the key that ends `path` (unknown or unused names). */
  atKey(path: Path, code: string, message: string): Diagnostic {
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

  /** The text of the scalar at `path` exactly as written (e.g. `0.07`), for exact decimals. */
  sourceText(path: Path): string | undefined {
    const node = this.doc.getIn(path, true);
    return isScalar(node) && typeof node.source === "string" ? node.source : undefined;
  }

  /** The located diagnostic for the value at `path`. */
  at(path: Path, code: string, message: string): Diagnostic {
    return this.diagnosticAt(this.offsetOf(path), code, message, path);
  }
}
