import { type Dirent, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { InputError } from "../diagnostics.js";
import { unreadableDiagnostic } from "../files/readTextFile.js";

/** The directory of rules that ships with butie (same relative path from src/rules and dist/rules). */
export const BUNDLED_RULES = new URL("../../rules/", import.meta.url).pathname;

/** Whether a file is a program's rule file (not a fixture, not the field catalogue). */
export function isRuleFile(path: string): boolean {
  return /\.ya?ml$/.test(path) && !/\.test\.ya?ml$/.test(path) && !/(^|\/)fields\.ya?ml$/.test(path);
}

/**
 * Every file below `dir` (or `dir` itself) that `keep` accepts, sorted for stable output. A directory or file
 * that cannot be listed (no permission, removed meanwhile) is a located `input/unreadable` error (InputError),
 * named as messages name files (`displayPath` from `cwd`).
 */
export function listFiles(dir: string, keep: (path: string) => boolean, cwd = process.cwd()): string[] {
  let entries: Dirent[];
  try {
    if (statSync(dir).isFile()) return keep(dir) ? [dir] : [];
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new InputError([unreadableDiagnostic(displayPath(dir, cwd), e as NodeJS.ErrnoException)]);
  }
  const out: string[] = [];
  // `join(dir, name)` for every entry: an entry's name is one plain segment, so only `dir` needs normalising
  // (path.normalize, a loop over each character, was most of a start's staleness check before it is optimised).
  const within = join(dir, "-").slice(0, -1);
  // Code-point order, not localeCompare: the ICU collator costs ~10 ms of every start.
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = within + entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path, keep, cwd));
    else if (keep(path)) out.push(path);
  }
  return out;
}

/**
 * Every bundled YAML file's path and content (the rules and the field catalogue), to tell whether a bundle is
 * stale. The region tables are not in the bundle (they are read as they are).
 */
export function ruleStamps(dir = BUNDLED_RULES): string {
  return textStamps(dir, isRuleText);
}

/** The bundled rules' files as `timeStamps` records them (what `ruleStamps` reads, by size and time). */
export function ruleTimes(dir = BUNDLED_RULES): string {
  return timeStamps(dir, isRuleText);
}

const isRuleText = (f: string) => !/\.test\.ya?ml$/.test(f);

/**
 * The path and content of every YAML file below `dir` that `keep` accepts, as one string (mtimes are not kept
 * by npm pack). The texts themselves rather than a hash of them: comparing some 100 kB of strings is nearly
 * free, while node:crypto costs ~10 ms of every start to load and a hash written in JS is slower still before
 * it is optimised.
 */
export function textStamps(dir: string, keep: (path: string) => boolean = () => true): string {
  return yamlFiles(dir, keep)
    .map((f) => `${f.slice(dir.length)}\0${readFileSync(f, "utf8")}\0`)
    .join("");
}

/** The path, size and modification time of each file `textStamps` reads: what a start can check without reading them. */
export function timeStamps(dir: string, keep: (path: string) => boolean = () => true): string {
  return yamlFiles(dir, keep)
    .map((f) => {
      const { size, mtimeMs } = statSync(f);
      return `${f.slice(dir.length)}\0${size}\0${mtimeMs}\0`;
    })
    .join("");
}

/**
 * Whether the YAML files below `dir` that `keep` accepts are still those a build recorded: by their sizes and
 * modification times when the build kept them and they match (a start then reads no rule text: ~4 ms), else by
 * their texts (a package installed from npm has other times than its build; a file edited has another time).
 */
export function sameFiles(
  recorded: RecordedFiles,
  dir: string,
  keep: (path: string) => boolean = () => true,
): boolean {
  if (recorded.times !== undefined && recorded.times === timeStamps(dir, keep)) return true;
  const stamps = recorded.stamps();
  return stamps !== undefined && stamps === textStamps(dir, keep);
}

/** What a build recorded of the files it read: their `timeStamps`, and their `textStamps` when asked for. */
export interface RecordedFiles {
  readonly times?: string;
  /** Undefined when the build's record of the texts cannot be read. */
  readonly stamps: () => string | undefined;
}

/** `sameFiles` for the bundled rules and field catalogue (not the fixtures). */
export function sameRuleFiles(recorded: RecordedFiles): boolean {
  return sameFiles(recorded, BUNDLED_RULES, isRuleText);
}

const yamlFiles = (dir: string, keep: (path: string) => boolean) =>
  listFiles(dir, (f) => /\.ya?ml$/.test(f) && keep(f));

/** How a rule or fixture file is named in messages: `rules/…` for bundled files, else relative to `cwd`. */
export function displayPath(file: string, cwd: string): string {
  return file.startsWith(BUNDLED_RULES)
    ? join("rules", relative(BUNDLED_RULES, file))
    : relative(cwd, file) || file;
}
