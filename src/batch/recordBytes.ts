import { guardOutput, jsonOutput } from "../text/guard.js";

/** Bytes per piece of output. */
const PIECE = 65_536;
/** Bytes of a piece's buffer: a piece closes at the first record that ends past `PIECE` (a larger one grows it). */
const CAPACITY = PIECE + 16_384;
const NO_ROOM = Buffer.alloc(0);

/**
 * Buffers of pieces already written, to be filled again. A stream says a piece is written after the chunk's
 * other pieces are made (its callback runs on the next tick): enough for a chunk of 1,000 rows (~30 pieces).
 */
const SPARE: ArrayBuffer[] = [];
const SPARES = 64;

/**
 * A piece's bytes are written: its buffer may be filled again. A new buffer for every piece kept V8 running full
 * collections for the memory it holds outside the heap (40 instead of 6 on 50k rows, a third more CPU).
 */
export function pieceWritten(piece: Uint8Array): void {
  if (piece.buffer.byteLength === CAPACITY && SPARE.length < SPARES) SPARE.push(piece.buffer as ArrayBuffer);
}

/**
 * Output as UTF-8 bytes in pieces of whole records of about `PIECE` bytes, written piece by piece into one buffer.
 * Most of a record is text the same on many rows (keys, statuses, shared outcomes, caveats), encoded once
 * (`sharedBytes`) and copied here; joining such texts as strings and encoding every record again cost more than
 * the records' own values. A piece never splits a record.
 *
 * Every piece is safe for output where it is made: shared texts are guarded when encoded, values from the input
 * are guarded by their writer (`text`), numbers when long enough to hold an ID number (`number`). So whole pieces
 * need no scan of every character (the output guard's, ~6 % of a batch's CPU): see `guardedBytes`. The exception
 * is text written `unguarded`, whose pieces are listed in `piecesToGuard` when they need the guard.
 */
export class RecordBytes {
  private buffer = NO_ROOM;
  private size = 0;
  private readonly pieces: Buffer[] = [];
  private readonly toGuard: number[] = [];
  private guardPiece = false;

  /** Bytes encoded once (`sharedBytes`). */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.size);
    this.size += bytes.length;
  }

  /** Short ASCII text made in this program (JSON punctuation and keys, a row number). */
  ascii(text: string): void {
    this.room(text.length);
    const { buffer } = this;
    let at = this.size;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.size = at;
  }

  /** A number's JSON text: one of 15 characters or more could be an ID number's digits, so it is guarded. */
  number(text: string): void {
    if (text.length < 15) this.ascii(text);
    else this.text(text);
  }

  /**
   * A string value as JSON (`jsonOutput`), guarded. Most are printable ASCII with no quote or backslash and too few
   * digits for an ID number (a case reference): written as they are, between quotes.
   */
  jsonString(text: string): void {
    if (!plainAscii(text)) {
      this.text(jsonOutput(text));
      return;
    }
    this.room(text.length + 2);
    this.buffer[this.size++] = QUOTE;
    this.ascii(text);
    this.buffer[this.size++] = QUOTE;
  }

  /** Text that may carry what the input said (a case reference, a record in error): guarded, then encoded. */
  text(text: string): void {
    const safe = guardOutput(text);
    this.room(safe.length * 3);
    this.size += this.buffer.write(safe, this.size);
  }

  /**
   * Text written as it is, unguarded: the writer calls `guardThisPiece` when the guard could change it (CSV cells,
   * whose pieces the sink checks whole when any needs it, as it checks CSV for formulas).
   */
  unguarded(text: string): void {
    this.room(text.length * 3);
    this.size += this.buffer.write(text, this.size);
  }

  /** The piece being written must pass the output guard whole (`piecesToGuard`). */
  guardThisPiece(): void {
    this.guardPiece = true;
  }

  /** Which of the pieces (`done`) hold text written `unguarded` that the guard could change. */
  piecesToGuard(): readonly number[] {
    return this.toGuard;
  }

  /** Where the next byte goes: for `copySince`. */
  get position(): number {
    return this.size;
  }

  /** A copy of the bytes written since `position` was `start` in this record: to write them again on other rows. */
  copySince(start: number): Buffer {
    return Buffer.from(this.buffer.subarray(start, this.size));
  }

  /** After each record: close the piece once it is large enough. */
  recordEnded(): void {
    if (this.size >= PIECE) this.flush();
  }

  /** The pieces, the last one closed. */
  done(): Buffer[] {
    this.flush();
    return this.pieces;
  }

  private flush(): void {
    if (!this.size) return;
    if (this.guardPiece) this.toGuard.push(this.pieces.length);
    this.guardPiece = false;
    this.pieces.push(this.buffer.subarray(0, this.size));
    this.buffer = NO_ROOM;
    this.size = 0;
  }

  /** Room for `more` bytes after those of this piece: a new piece's buffer, or a larger one for a large record. */
  private room(more: number): void {
    if (this.size + more <= this.buffer.length) return;
    const size = Math.max(CAPACITY, this.buffer.length * 2, this.size + more);
    const spare = size === CAPACITY ? SPARE.pop() : undefined;
    const larger = spare ? Buffer.from(spare) : Buffer.allocUnsafe(size);
    this.buffer.copy(larger, 0, 0, this.size);
    this.buffer = larger;
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const COMMA = 0x2c;

/**
 * Whether `text` is printable ASCII without a quote, a backslash or a comma, and with fewer than 15 digits: the
 * guard leaves it (no control character, no ID number), JSON writes it as it is between quotes, CSV as it is.
 */
export function plainAscii(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === QUOTE || c === BACKSLASH || c === COMMA) return false;
    if (c >= 0x30 && c <= 0x39) digits++;
  }
  return digits < 15;
}

/** A text the same on many rows (a key, a status, a rule's caveat), guarded and encoded once. */
export function sharedBytes(text: string): Uint8Array {
  return Buffer.from(guardOutput(text));
}
