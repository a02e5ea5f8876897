import { LIMITS } from "../limits.js";

/**
 * Where a YAML or JSON text first nests deeper than `limit`, as a character offset, by a quick scan of the raw
 * text that needs no parser (a file refused as soon as it is read, a JSON profile before its reader): flow
 * brackets outside quoted text, and block levels (indentation steps and `- ` items). It cannot know where a YAML
 * plain scalar or comment ends (`a 'b [`, `# ]`), so it is not the gate: before the YAML parser composes a text,
 * `tooDeepForParserAt` (src/rules/parserDepth.ts) counts as the parser's own lexer does (hostile F2).
 */
export function tooDeepAt(text: string, limit: number = LIMITS.nestingDepth): number | undefined {
  const block = blockTooDeepAt(text, limit);
  let flow = 0;
  let quote = "";
  for (let i = 0; i < (block ?? text.length); i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === "'" && quote === "'" && text[i + 1] === "'") i++;
      else if (c === quote) quote = "";
    } else if ((c === '"' || c === "'") && opensQuote(text[i - 1])) quote = c;
    else if (c === "[" || c === "{") {
      if (++flow > limit) return i;
    } else if ((c === "]" || c === "}") && flow > 0) flow--;
  }
  return block;
}

// Wherever a quoted scalar may start (and a few places it may not, which only makes the count larger).
const opensQuote = (before: string | undefined) => before === undefined || /[\s[{,:]/.test(before);

/** The first line whose indentation steps and `- ` items make more than `limit` block levels. */
export function blockTooDeepAt(text: string, limit: number): number | undefined {
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
