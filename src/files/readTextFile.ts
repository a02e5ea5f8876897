import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import type { Diagnostic } from "../diagnostics.js";
import { LIMITS } from "../limits.js";

/** The largest input file butie reads (profiles, rules, fixtures, field catalogues); see LIMITS. */
export const MAX_FILE_BYTES = LIMITS.fileBytes;

export type TextRead = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const problem = (file: string, code: string, en: string, zh: string): TextRead => ({
  ok: false,
  diagnostic: { file, line: 1, col: 1, code, message: en, messageZh: zh, severity: "error" },
});

/**
 * Read a file as UTF-8 text, the one way butie reads any input file (`maxBytes`: a larger cap for
 * formats that are not parsed as YAML, e.g. CSV). Only regular files are opened (a
 * directory, FIFO or device such as /dev/zero is refused before opening, so nothing blocks or fills
 * memory); at most `MAX_FILE_BYTES`; UTF-16, binary and non-UTF-8 files are said plainly; a UTF-8 BOM is
 * dropped. `shown` is how the file is named in the message. Never throws for a file system problem.
 */
export function readTextFile(path: string, shown = path, maxBytes = MAX_FILE_BYTES): TextRead {
  let fd: number | undefined;
  try {
    const kind = fileKind(statSync(path));
    if (kind) return notRegular(shown, kind);
    fd = openSync(path, "r");
    // Checked again on the opened file: the path may have been swapped in between.
    const stat = fstatSync(fd);
    const again = fileKind(stat);
    if (again) return notRegular(shown, again);
    if (stat.size > maxBytes) return tooLarge(shown, maxBytes);
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) return tooLarge(shown, maxBytes);
    return decodeText(buffer.subarray(0, length), shown);
  } catch (e) {
    return unreadable(shown, e as NodeJS.ErrnoException);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Read a stream (standard input) with the same size cap and decoding as `readTextFile`. */
export async function readTextStream(
  stream: NodeJS.ReadableStream,
  shown = "<stdin>",
  maxBytes = MAX_FILE_BYTES,
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
  return decodeText(Buffer.concat(chunks), shown);
}

/** UTF-8 text from bytes; UTF-16 (what Windows PowerShell writes), binary data and other encodings are refused. */
export function decodeText(bytes: Buffer, shown: string): TextRead {
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    looksUtf16(bytes)
  )
    return problem(
      shown,
      "input/encoding",
      "the file is UTF-16 (as Windows PowerShell writes with `>`); save it as UTF-8, e.g. `Out-File -Encoding utf8`",
      "文件编码为 UTF-16（Windows PowerShell 用 `>` 输出时的编码）；请另存为 UTF-8，例如 `Out-File -Encoding utf8`",
    );
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (body.includes(0))
    return problem(
      shown,
      "input/binary",
      "this is not a text file (it contains NUL bytes); give a YAML or JSON file",
      "这不是文本文件（含有 NUL 字节）；请提供 YAML 或 JSON 文件",
    );
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    return problem(
      shown,
      "input/encoding",
      "the file is not valid UTF-8 (perhaps GBK); save it as UTF-8",
      "文件不是有效的 UTF-8 编码（可能是 GBK）；请另存为 UTF-8",
    );
  }
}

// UTF-16 without a BOM: ASCII text has a zero in every other byte.
function looksUtf16(bytes: Buffer): boolean {
  if (bytes.length < 4) return false;
  return (
    (bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0) ||
    (bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0)
  );
}

type Kind = "directory" | "fifo" | "device" | "socket" | "other";

function fileKind(stat: import("node:fs").Stats): Kind | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return "directory";
  if (stat.isFIFO()) return "fifo";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "device";
  if (stat.isSocket()) return "socket";
  return "other";
}

const KIND_TEXT: Record<Kind, { en: string; zh: string }> = {
  directory: { en: "it is a directory", zh: "这是一个目录" },
  fifo: { en: "it is a pipe (FIFO), not a regular file", zh: "这是管道（FIFO），不是普通文件" },
  device: { en: "it is a device, not a regular file", zh: "这是设备文件，不是普通文件" },
  socket: { en: "it is a socket, not a regular file", zh: "这是套接字，不是普通文件" },
  other: { en: "it is not a regular file", zh: "这不是普通文件" },
};

function notRegular(shown: string, kind: Kind): TextRead {
  const t = KIND_TEXT[kind];
  return problem(shown, "input/unreadable", `cannot read: ${t.en}`, `无法读取：${t.zh}`);
}

function tooLarge(shown: string, maxBytes: number): TextRead {
  const size = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MiB` : `${maxBytes / 1024} KiB`;
  return problem(
    shown,
    "input/too-large",
    `the file is larger than ${size}, the most butie reads`,
    `文件超过 ${size}，超出 butie 可读取的上限`,
  );
}

const ERRNO_TEXT: Record<string, { en: string; zh: string }> = {
  ENOENT: { en: "no such file", zh: "文件不存在" },
  EISDIR: { en: "it is a directory", zh: "这是一个目录" },
  ENOTDIR: { en: "a part of the path is not a directory", zh: "路径中有一部分不是目录" },
  EACCES: { en: "permission denied", zh: "没有读取权限" },
  EPERM: { en: "permission denied", zh: "没有读取权限" },
  ELOOP: { en: "too many symbolic links (a loop?)", zh: "符号链接过多（可能循环）" },
  ENAMETOOLONG: { en: "the file name is too long", zh: "文件名过长" },
};

function unreadable(shown: string, e: NodeJS.ErrnoException): TextRead {
  const t = (e.code && ERRNO_TEXT[e.code]) || { en: e.code ?? "unknown error", zh: e.code ?? "未知错误" };
  return problem(shown, "input/unreadable", `cannot read: ${t.en}`, `无法读取：${t.zh}`);
}
