import { StringDecoder } from "node:string_decoder";

/** Each non-blank line of an NDJSON stream, with its 1-based line number; a BOM is dropped. */
export async function* ndjsonRows(
  stream: AsyncIterable<unknown>,
): AsyncGenerator<{ line: number; text: string }> {
  const decoder = new StringDecoder("utf8");
  let carry = "";
  let line = 0;
  let first = true;
  for await (const chunk of stream) {
    let text = carry + (typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer));
    if (first && text.length) {
      text = text.replace(/^\uFEFF/, "");
      first = false;
    }
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      line++;
      const row = text.slice(start, text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
      if (row.trim()) yield { line, text: row };
      start = nl + 1;
    }
    carry = text.slice(start);
  }
  carry += decoder.end();
  if (carry.trim()) yield { line: line + 1, text: carry.replace(/\r$/, "") };
}
