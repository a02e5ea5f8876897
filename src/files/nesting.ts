import { Lexer } from "yaml";
import { LIMITS } from "../limits.js";

/**
 * Where a YAML or JSON text first nests deeper than `limit`, as a character offset; undefined when it never does.
 * The parsers recurse once per level, and past a few hundred levels of flow collections V8 aborts the whole
 * process (no exception to catch); nested collection keys cost the parser more than linear time (a 1 KB profile
 * of 200 levels: a minute). So depth is measured before any parser composes the text, and the count may only err
 * upward: flow brackets as the parser's own lexer sees them, and block levels (indentation steps and `- ` items).
 */
export function tooDeepAt(text: string, limit: number = LIMITS.nestingDepth): number | undefined {
  const block = blockTooDeepAt(text, limit);
  return flowTooDeepAt(text, limit, block ?? text.length) ?? block;
}

// Tokens the lexer yields that stand for no text (start of a document, of a scalar, an unclosed flow's end).
const VIRTUAL = new Set(["\x02", "\x18", "\x1f"]);

/**
 * The first flow bracket (`[` or `{`) more than `limit` deep, before `before`. The lexer (linear, no recursion)
 * is the one the parser reads with, so a bracket in a comment, in a quoted scalar or in a plain one (`a 'b [`)
 * counts exactly when the parser will nest on it: a scan of its own cannot know where a plain scalar ends
 * (hostile F2).
 */
function flowTooDeepAt(text: string, limit: number, before: number): number | undefined {
  let offset = 0;
  let flow = 0;
  for (const token of new Lexer().lex(text)) {
    if (offset >= before) return undefined;
    if (token === "[" || token === "{") {
      if (++flow > limit) return offset;
    } else if ((token === "]" || token === "}") && flow > 0) flow--;
    if (!VIRTUAL.has(token)) offset += token.length;
  }
  return undefined;
}

/** The first line whose indentation steps and `- ` items make more than `limit` block levels. */
function blockTooDeepAt(text: string, limit: number): number | undefined {
  const indents: number[] = [];
  for (let i = 0; i < text.length; i = text.indexOf("\n", i) + 1 || text.length) {
    const prefix = /^[ \t]*(?:-[ \t]+)*/.exec(text.slice(i, i + 4 * limit + 64))?.[0] ?? "";
    const next = text[i + prefix.length];
    if (next === undefined || next === "\n" || next === "\r") continue;
    const indent = /^[ \t]*/.exec(prefix)?.[0].length ?? 0;
    while (indents.length && (indents[indents.length - 1] as number) >= indent) indents.pop();
    indents.push(indent);
    if (indents.length + (prefix.match(/-/g) ?? []).length > limit) return i;
  }
  return undefined;
}
