import { createInflateRaw, inflateRawSync } from "node:zlib";
import { limitError, readerError } from "../../../files/readerProblems.js";
import { message } from "../../../messages/index.js";

/** One part of a zip: its name, how it is packed, where its packed bytes lie and what it unpacks to. */
export type Part = { name: string; method: number; offset: number; packed: number; size: number };

/** The parts of a zip, from its central directory; a directory or part beyond the end of the bytes is a cut. */
export function zipParts(bytes: Buffer, file: string): Part[] {
  const truncated = () => readerError(file, message("file/truncated"));
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw truncated();
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (at + bytes.readUInt32LE(end + 12) > end) throw truncated();
  const parts: Part[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== 0x02014b50) throw truncated();
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const part: Part = {
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      packed: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: local + 30,
    };
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) throw truncated();
    part.offset += bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (part.offset + part.packed > bytes.length) throw truncated();
    parts.push(part);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return parts;
}

/** A part's bytes, unpacked to at most `budget` bytes whatever its directory says. */
export function inflate(part: Part, bytes: Buffer, file: string, budget: number): Buffer {
  const packed = bytes.subarray(part.offset, part.offset + part.packed);
  if (part.method === 0) {
    if (packed.length > budget) throw limitError(file, "unpackedBytes");
    return packed;
  }
  try {
    return inflateRawSync(packed, { maxOutputLength: Math.max(budget, 1) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw limitError(file, "unpackedBytes");
    throw readerError(file, message("file/truncated"));
  }
}

const CHUNK = 256 * 1024;

/** A part's bytes as they unpack, a chunk at a time: only one chunk of a large sheet is ever held. */
export async function* inflateChunks(part: Part, bytes: Buffer, file: string): AsyncGenerator<Buffer> {
  const packed = bytes.subarray(part.offset, part.offset + part.packed);
  if (part.method === 0) {
    for (let at = 0; at < packed.length; at += CHUNK) yield packed.subarray(at, at + CHUNK);
    return;
  }
  const stream = createInflateRaw({ chunkSize: CHUNK });
  stream.end(packed);
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch {
    throw readerError(file, message("file/truncated"));
  } finally {
    stream.destroy();
  }
}
