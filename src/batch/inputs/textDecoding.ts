import { isAscii } from "node:buffer";
import iconv from "iconv-lite";
import { message } from "../../messages/index.js";
import { InputFault } from "./inputFault.js";

/** How text input is decoded: named, or from a BOM, or decided by the first bytes that are not ASCII. */
export type Encoding = "utf8" | "gb18030" | "utf16le" | "utf16be";

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);
const UTF16BE_BOM = Buffer.from([0xfe, 0xff]);

/**
 * Decodes a byte stream chunk by chunk into text, deciding the encoding on the whole input: ASCII reads the
 * same in UTF-8 and GB18030, so nothing is decided until the first line with bytes that are not ASCII: the
 * input is UTF-8 if that line is, else GB18030 (what Excel on a Chinese Windows writes; a superset of
 * GBK). A UTF-8 input that later holds bytes that are not UTF-8 is an error naming the line — never text
 * silently replaced by U+FFFD. A BOM says UTF-8 or UTF-16 (Excel's "Unicode text") and is dropped.
 */
export class TextDecoding {
  private encoding: Encoding | undefined;
  private decoder: { write(b: Buffer): string; end(): string | undefined } | undefined;
  private utf8 = new TextDecoder("utf-8", { fatal: true });
  private first = true;
  /** Bytes that are not UTF-8 in a UTF-8 input: said once the text before them is read. */
  private fault: InputFault | undefined;
  /** Lines (newlines) decoded so far: where a problem is. */
  private lines = 0;

  constructor(
    private readonly file: string,
    named?: string,
  ) {
    if (named) this.use(named as Encoding);
  }

  /** The encoding decided so far (undefined while the input is ASCII). */
  get decided(): Encoding | undefined {
    return this.encoding;
  }

  write(chunk: Buffer): string {
    if (this.fault) throw this.fault;
    let bytes = chunk;
    if (this.first && bytes.length) {
      this.first = false;
      if (!this.encoding) bytes = this.fromBom(bytes);
    }
    const text = this.decode(bytes);
    this.count(text);
    return text;
  }

  end(): string {
    if (this.fault) throw this.fault;
    if (this.decoder && this.encoding !== "utf8") return this.decoder.end() ?? "";
    try {
      return this.utf8.decode();
    } catch {
      throw this.notUtf8("");
    }
  }

  private fromBom(bytes: Buffer): Buffer {
    if (bytes.subarray(0, 3).equals(UTF8_BOM)) {
      this.use("utf8");
      return bytes.subarray(3);
    }
    if (bytes.subarray(0, 2).equals(UTF16LE_BOM)) {
      this.use("utf16le");
      return bytes.subarray(2);
    }
    if (bytes.subarray(0, 2).equals(UTF16BE_BOM)) {
      this.use("utf16be");
      return bytes.subarray(2);
    }
    return bytes;
  }

  private use(encoding: Encoding | string): void {
    this.encoding = encoding as Encoding;
    this.decoder = iconv.getDecoder(encoding === "utf16be" ? "utf-16be" : encoding, { stripBOM: true });
  }

  private decode(bytes: Buffer): string {
    if (this.decoder && this.encoding !== "utf8") return this.decoder.write(bytes);
    if (!this.encoding) {
      if (isAscii(bytes)) return bytes.toString("latin1");
      // The first line with bytes that are not ASCII decides; all before it reads the same in either encoding.
      const first = bytes.findIndex((b) => b >= 0x80);
      const newline = bytes.indexOf(0x0a, first);
      const end = newline < 0 ? bytes.length : newline;
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(first, end), { stream: newline < 0 });
        this.encoding = "utf8";
      } catch {
        this.use("gb18030");
        return this.decoder?.write(bytes) ?? "";
      }
    }
    try {
      return this.utf8.decode(bytes, { stream: true });
    } catch {
      // The whole lines before the fault are still given, so that their records are read; then the fault.
      const loose = new TextDecoder().decode(bytes);
      this.fault = this.notUtf8(loose);
      return loose.slice(0, loose.lastIndexOf("\n", loose.indexOf("\uFFFD")) + 1);
    }
  }

  private notUtf8(loose: string): InputFault {
    const at = loose.indexOf("\uFFFD");
    const before = at < 0 ? loose : loose.slice(0, at);
    let line = this.lines + 1;
    for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) line++;
    return new InputFault(message("batch/mixedEncoding", { file: this.file, line }), line);
  }

  private count(text: string): void {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lines++;
  }
}

/** Read a whole small file (a --columns map) with the same decision. */
export function decodeWhole(bytes: Buffer, file: string): string {
  const d = new TextDecoding(file);
  return d.write(bytes) + d.end();
}
