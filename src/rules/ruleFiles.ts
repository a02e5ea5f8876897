import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** The directory of rules that ships with butie (same relative path from src/rules and dist/rules). */
export const BUNDLED_RULES = new URL("../../rules/", import.meta.url).pathname;

/** Whether a file is a program's rule file (not a fixture, not the field catalogue). */
export function isRuleFile(path: string): boolean {
  return /\.ya?ml$/.test(path) && !/\.test\.ya?ml$/.test(path) && !/(^|\/)fields\.ya?ml$/.test(path);
}

/** Every file below `dir` (or `dir` itself) that `keep` accepts, sorted for stable output. */
export function listFiles(dir: string, keep: (path: string) => boolean): string[] {
  if (statSync(dir).isFile()) return keep(dir) ? [dir] : [];
  const out: string[] = [];
  // Code-point order, not localeCompare: the ICU collator costs ~10 ms of every start.
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** A hash of every rule-relevant file's path and content, to tell whether a bundle is stale (mtimes are not kept by npm pack). */
export function ruleStamps(dir = BUNDLED_RULES): string {
  const hash = new StaleCheckHash();
  for (const f of listFiles(dir, (f) => /\.(ya?ml|json)$/.test(f) && !/\.test\.ya?ml$/.test(f))) {
    hash.update(Buffer.from(f.slice(dir.length)));
    hash.update(readFileSync(f));
  }
  return hash.digest();
}

/**
 * A 64-bit hash (two 32-bit FNV-style lanes, cyrb53's mixing) of a byte stream. It only tells a stale bundle
 * from a fresh one, nothing adversarial; node:crypto would cost every start ~5 ms just to load.
 */
class StaleCheckHash {
  #h1 = 0xdeadbeef;
  #h2 = 0x41c6ce57;

  update(bytes: Uint8Array): void {
    let [h1, h2] = [this.#h1, this.#h2];
    // Four bytes at a step: a rule set is ~200 kB, read at every start.
    const whole = bytes.length & ~3;
    const words = new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + whole));
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as number;
      h1 = Math.imul(h1 ^ w, 2654435761);
      h2 = Math.imul(h2 ^ w, 1597334677);
    }
    for (let i = whole; i < bytes.length; i++) {
      const b = bytes[i] as number;
      h1 = Math.imul(h1 ^ b, 2654435761);
      h2 = Math.imul(h2 ^ b, 1597334677);
    }
    [this.#h1, this.#h2] = [h1, h2];
  }

  digest(): string {
    const [h1, h2] = [this.#h1, this.#h2];
    const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return [b, a].map((x) => (x >>> 0).toString(16).padStart(8, "0")).join("");
  }
}

/** How a rule or fixture file is named in messages: `rules/…` for bundled files, else relative to `cwd`. */
export function displayPath(file: string, cwd: string): string {
  return file.startsWith(BUNDLED_RULES)
    ? join("rules", relative(BUNDLED_RULES, file))
    : relative(cwd, file) || file;
}
