import { LIMITS } from "../limits.js";

/**
 * Where a YAML or JSON text first nests deeper than `limit`, as a character offset; undefined when it never does.
 * The parsers recurse once per level, and past a few hundred levels of flow collections V8 aborts the whole
 * process (no exception to catch), so depth is measured on the raw text before any parser sees it. The count
 * may only err upward: flow brackets outside quoted text, and block levels (indentation steps and `- ` items).
 */
export function tooDeepAt(text: string, limit: number = LIMITS.nestingDepth): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    if (i === 0 || text[i - 1] === "\n") {
      const prefix = /^[ \t]*(?:-[ \t]+)*/.exec(text.slice(i, i + 4 * limit + 64))?.[0] ?? "";
      const next = text[i + prefix.length];
      if (next !== undefined && next !== "\n" && next !== "\r") {
        const indent = /^[ \t]*/.exec(prefix)?.[0].length ?? 0;
        while (indents.length && (indents[indents.length - 1] as number) >= indent) indents.pop();
        indents.push(indent);
        if (indents.length + (prefix.match(/-/g) ?? []).length > limit) return i;
      }
      i += prefix.length;
      if (i >= text.length) break;
    }
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
  return undefined;
}

// Wherever a quoted scalar may start (and a few places it may not, which only makes the count larger).
const opensQuote = (before: string | undefined) => before === undefined || /[\s[{,:]/.test(before);
