import { StringDecoder } from "node:string_decoder";

/** Whole lines of NDJSON text: `line` is the number of the first; `count` how many lines the text holds. */
export type NdjsonBlock = { line: number; block: string; count: number };

/**
 * An NDJSON stream cut into blocks of whole lines, as read (a BOM is dropped). Lines are split where they
 * are evaluated — in a worker thread for large files — so the reading thread makes no object per record.
 */
export async function* ndjsonBlocks(stream: AsyncIterable<unknown>): AsyncGenerator<NdjsonBlock> {
  const decoder = new StringDecoder("utf8");
  let carry = "";
  let line = 1;
  let first = true;
  for await (const chunk of stream) {
    let text = carry + (typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer));
    if (first && text.length) {
      text = text.replace(/^\uFEFF/, "");
      first = false;
    }
    const end = text.lastIndexOf("\n");
    if (end < 0) {
      carry = text;
      continue;
    }
    const block = text.slice(0, end + 1);
    const count = countLines(block);
    yield { line, block, count };
    line += count;
    carry = text.slice(end + 1);
  }
  carry += decoder.end();
  if (carry.trim()) yield { line, block: `${carry}\n`, count: 1 };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Each non-blank line of a block with its line number (a trailing CR of a CRLF file is dropped). */
export function eachLine(b: NdjsonBlock, take: (line: number, text: string) => void): void {
  const { block } = b;
  let start = 0;
  let line = b.line;
  for (let nl = block.indexOf("\n"); nl >= 0; nl = block.indexOf("\n", start)) {
    const text = block.slice(start, block.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
    if (!blank(text)) take(line, text);
    line++;
    start = nl + 1;
  }
}

/** Whether a line holds only white space (a record starts with `{` in practice: checked without a copy). */
function blank(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 123) return false;
  return !text.trim();
}
