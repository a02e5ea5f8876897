import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from "node:fs";
import type { Diagnostic } from "../diagnostics.js";
import { LIMITS } from "../limits.js";
import { type Code, type Message, message, sayMessage } from "../messages/index.js";
import { tooDeepAt } from "./nesting.js";

/** The largest input file butie reads (profiles, rules, fixtures, field catalogues); see LIMITS. */
export const MAX_FILE_BYTES = LIMITS.fileBytes;

export type TextRead = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** A located problem with an input file, worded from the catalogue (`file/…` messages). */
export function fileDiagnostic(file: string, code: string, says: Message, line = 1, col = 1): Diagnostic {
  return { file, line, col, code, message: sayMessage("en", says), says, severity: "error" };
}

const problem = (file: string, code: string, says: Message): TextRead & { ok: false } => ({
  ok: false,
  diagnostic: fileDiagnostic(file, code, says),
});

/**
 * Read a file as UTF-8 text, the one way butie reads any input file (`maxBytes`: a larger cap for
 * formats that are not parsed as YAML, e.g. CSV; `structured`: false for text no YAML/JSON parser reads, whose
 * nesting is then not measured). Only regular files are opened (a directory, FIFO or device such as /dev/zero
 * is refused before opening, so nothing blocks or fills memory); at most `maxBytes`; UTF-16, UTF-32, binary
 * and non-UTF-8 files are said plainly; a UTF-8 BOM is dropped; YAML/JSON nested deeper than
 * `LIMITS.nestingDepth` is refused before any parser sees it. `shown` names the file in the message. Never throws.
 */
export function readTextFile(
  path: string,
  shown = path,
  maxBytes: number = MAX_FILE_BYTES,
  structured = true,
): TextRead {
  const read = readBytes(path, shown, maxBytes);
  if (!read.ok) return read;
  const text = decodeText(read.bytes, shown);
  return structured ? withinDepth(text, shown) : text;
}

/** The bytes of a regular file of at most `maxBytes`, or why not (the same checks as `readTextFile`). */
export function readBytes(
  path: string,
  shown = path,
  maxBytes: number = MAX_FILE_BYTES,
): { ok: true; bytes: Buffer } | { ok: false; diagnostic: Diagnostic } {
  let fd: number | undefined;
  try {
    const kind = fileKind(statSync(path));
    if (kind) return problem(shown, "input/unreadable", message(kind));
    // O_NONBLOCK: should the path be swapped for a FIFO after the check above, opening it does not hang.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    // Checked again on the opened file: the path may have been swapped in between.
    const stat = fstatSync(fd);
    const again = fileKind(stat);
    if (again) return problem(shown, "input/unreadable", message(again));
    if (stat.size > maxBytes) return tooLarge(shown, maxBytes);
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) return tooLarge(shown, maxBytes);
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (e) {
    return unreadable(shown, e as NodeJS.ErrnoException);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Read a stream (standard input) with the same size cap, decoding and depth check as `readTextFile`. */
export async function readTextStream(
  stream: NodeJS.ReadableStream,
  shown = "<stdin>",
  maxBytes: number = MAX_FILE_BYTES,
  structured = true,
): Promise<TextRead> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > maxBytes) return tooLarge(shown, maxBytes);
      chunks.push(buffer);
    }
  } catch (e) {
    return unreadable(shown, e as NodeJS.ErrnoException);
  }
  const text = decodeText(Buffer.concat(chunks), shown);
  return structured ? withinDepth(text, shown) : text;
}

/** A YAML/JSON text nested deeper than `LIMITS.nestingDepth` becomes a located error before any parser reads it. */
export function withinDepth(read: TextRead, shown: string): TextRead {
  if (!read.ok) return read;
  const at = tooDeepAt(read.text);
  if (at === undefined) return read;
  const before = read.text.slice(0, at);
  const line = before.split("\n").length;
  const col = at - before.lastIndexOf("\n");
  return {
    ok: false,
    diagnostic: fileDiagnostic(
      shown,
      "yaml/syntax",
      message("file/too-deep", { limit: LIMITS.nestingDepth }),
      line,
      col,
    ),
  };
}

/** UTF-8 text from bytes; UTF-16 and UTF-32 (what Windows tools write), binary data and other encodings are refused. */
export function decodeText(bytes: Buffer, shown: string): TextRead {
  const wide = wideEncoding(bytes);
  if (wide) return problem(shown, "input/encoding", message(wide));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (body.includes(0)) return problem(shown, "input/binary", message("file/binary"));
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    return problem(shown, "input/encoding", message("file/not-utf8"));
  }
}

/** UTF-32 or UTF-16, by byte-order mark or, without one, by the zeros ASCII text has in each code unit. */
export function wideEncoding(bytes: Uint8Array): "file/utf16" | "file/utf32" | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff))
    return "file/utf32";
  if (
    bytes.length >= 8 &&
    ((a !== 0 && b === 0 && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0 && d !== 0))
  )
    return "file/utf32";
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return "file/utf16";
  if (bytes.length >= 4 && ((a !== 0 && b === 0 && d === 0) || (a === 0 && c === 0 && b !== 0)))
    return "file/utf16";
  return undefined;
}

type Kind = "file/directory" | "file/fifo" | "file/device" | "file/socket" | "file/not-regular";

/** Why a file is not a regular file, or undefined when it is. */
export function fileKind(stat: Stats): Kind | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return "file/directory";
  if (stat.isFIFO()) return "file/fifo";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "file/device";
  if (stat.isSocket()) return "file/socket";
  return "file/not-regular";
}

function tooLarge(shown: string, maxBytes: number): TextRead & { ok: false } {
  const size = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MiB` : `${maxBytes / 1024} KiB`;
  return {
    ok: false,
    diagnostic: fileDiagnostic(shown, "input/too-large", message("file/too-large", { size })),
  };
}

const ERRNO: Record<string, Code> = {
  ENOENT: "file/no-such-file",
  EISDIR: "file/directory",
  ENOTDIR: "file/not-a-directory",
  EACCES: "file/permission",
  EPERM: "file/permission",
  ELOOP: "file/loop",
  ENAMETOOLONG: "file/name-too-long",
};

/** Why a file or directory could not be read, from the system's error, as a located `input/unreadable`. */
export function unreadableDiagnostic(shown: string, e: NodeJS.ErrnoException): Diagnostic {
  const code = e.code && ERRNO[e.code];
  const says = code
    ? ({ code, params: undefined } as Message)
    : message("file/io-error", { code: e.code ?? "EIO" });
  return fileDiagnostic(shown, "input/unreadable", says);
}

function unreadable(shown: string, e: NodeJS.ErrnoException): TextRead & { ok: false } {
  return { ok: false, diagnostic: unreadableDiagnostic(shown, e) };
}
