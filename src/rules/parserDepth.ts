import { Lexer } from "yaml";
import { blockTooDeepAt } from "../files/nesting.js";
import { LIMITS } from "../limits.js";

// Tokens the lexer yields that stand for no text (start of a document, of a scalar, an unclosed flow's end).
const VIRTUAL = new Set(["\x02", "\x18", "\x1f"]);

/**
 * Where a YAML or JSON text first nests deeper than `limit`, as a character offset; undefined when it never does.
 * The parser recurses once per level: past a few hundred levels of flow collections V8 aborts the whole process
 * (no exception to catch), and nested collection keys cost it more than linear time (a 1 KB profile of 200
 * levels: a minute). So this is asked before the parser composes any text, and may only err upward: flow brackets
 * counted on the tokens of the parser's own lexer (linear, no recursion), so a bracket in a comment, in a quoted
 * scalar or in a plain one (`a 'b [`) counts exactly when the parser will nest on it (a scan of its own cannot
 * know where a plain scalar ends: hostile F2); and block levels (indentation steps and `- ` items).
 */
export function tooDeepForParserAt(text: string, limit: number = LIMITS.nestingDepth): number | undefined {
  const block = blockTooDeepAt(text, limit);
  const before = block ?? text.length;
  let offset = 0;
  let flow = 0;
  for (const token of new Lexer().lex(text)) {
    if (offset >= before) break;
    if (token === "[" || token === "{") {
      if (++flow > limit) return offset;
    } else if ((token === "]" || token === "}") && flow > 0) flow--;
    if (!VIRTUAL.has(token)) offset += token.length;
  }
  return block;
}
