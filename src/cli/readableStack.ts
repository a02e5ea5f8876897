import { readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * `stack` with each frame in a bundled file (one with a `.map` beside it, as `npm run build` writes in
 * dist/bin/) pointed at its TypeScript source line instead; other frames are kept as they are.
 * Maps are read only here, when an internal error is reported, so a normal start pays nothing for them
 * (`--enable-source-maps` would parse every map at every start). Never throws.
 */
export function readableStack(stack: string): string {
  const maps = new Map<string, SourceMap | undefined>();
  return stack.replace(/(file:\/\/\/[^\s()]+?\.[cm]?js):(\d+):(\d+)/g, (frame, url: string, line, col) => {
    if (!maps.has(url)) maps.set(url, readMap(url));
    const entry = maps.get(url)?.findEntry(Number(line) - 1, Number(col) - 1);
    if (!entry || !("originalSource" in entry)) return frame;
    const source = URL.canParse(entry.originalSource, url) ? new URL(entry.originalSource, url) : undefined;
    if (!source) return frame;
    // A source named by another scheme (webpack://, node:) has no path to show: the frame stays as it is.
    if (source.protocol !== "file:") return frame;
    return `${fileURLToPath(source)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

function readMap(url: string): SourceMap | undefined {
  try {
    return new SourceMap(JSON.parse(readFileSync(new URL(`${url}.map`), "utf8")));
  } catch {
    return undefined;
  }
}
