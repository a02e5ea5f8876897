import { createRequire } from "node:module";
import { escapeControl } from "./echo.js";
import { LIMITS } from "./limits.js";
import { type Lang, type Message, say, sayMessage } from "./messages/index.js";

/** Where a problem is and what kind it is: a diagnostic without its words. */
export type Place = {
  file: string;
  line: number;
  col: number;
  code: string;
  severity: "error" | "warning";
  path?: string;
};

/**
 * A located problem in a user's file: what every loader, checker and fixture runner reports. `says` is what it
 * says, as a catalogue message (src/messages), worded where it is shown, in the run's language; a diagnostic said
 * only in English (some checks of rule files and fixtures) has `message` instead. A diagnostic with `says` needs
 * no `message`: the profile channels (eval, batch rows, fixtures) word nothing until the diagnostic is shown.
 */
export type Diagnostic = Place &
  ({ says: Message; message?: string } | { says?: undefined; message: string });

/** Exit codes (PRODUCT §4): 0 ran fine, 1 ran and found problems, 2 could not run. */
export const EXIT = { ok: 0, problems: 1, cannotRun: 2 } as const;

/** The input could not be used: the command cannot run (exit 2). */
export class InputError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => formatDiagnostic(d)).join("\n"));
    this.name = "InputError";
  }
}

/** The command was used wrongly (exit 2): one or more catalogue messages, worded where they are shown. */
export class UsageError extends Error {
  override name = "UsageError";
  readonly says: readonly Message[];
  constructor(says: Message | readonly Message[]) {
    const all = Array.isArray(says) ? says : [says as Message];
    super(all.map((m) => sayMessage("en", m)).join("\n"));
    this.says = all;
  }

  /** The message's lines in `lang`: each is escaped on its own, so only these breaks reach the terminal. */
  linesIn(lang: Lang): string[] {
    return this.says.map((m) => sayMessage(lang, m));
  }

  in(lang: Lang): string {
    return this.linesIn(lang).join("\n");
  }
}

/** The diagnostic's words in `lang`: from its catalogue message, else its own (English-only) text. */
const wordsOf = (d: Diagnostic, lang: Lang): string => (d.says ? sayMessage(lang, d.says) : d.message);

/** `place` said by a catalogue message: any words a locator gave it are dropped, the message is worded when shown. */
export function saying(place: Place & { message?: string }, says: Message): Diagnostic {
  const { message: _words, ...where } = place;
  return { ...where, says };
}

/** A diagnostic as JSON, in the run's language: where, the code, and `message` worded in `lang`. */
export function diagnosticJson(d: Diagnostic, lang: Lang): Place & { message: string } {
  const { says, message, ...where } = d;
  return { ...where, message: says ? sayMessage(lang, says) : message };
}

/** `file:line:col code message`, the one shape every diagnostic is printed in (message in English). */
export function formatDiagnostic(d: Diagnostic): string {
  return located(d, wordsOf(d, "en"));
}

/** `file:line:col code message` in `lang`; a warning is marked as one, in that language. */
export function formatDiagnosticIn(d: Diagnostic, lang: Lang): string {
  return located(d, diagnosticText(d, lang));
}

/** The words alone, in `lang`, a warning marked: where the place is said apart (a results file's row and column). */
export function diagnosticText(d: Diagnostic, lang: Lang): string {
  const words = wordsOf(d, lang);
  return d.severity === "warning" ? say(lang, "diagnostic/warning", { message: words }) : words;
}

// A file name or message quoting user text cannot forge another line or drive the terminal.
const located = (d: Diagnostic, words: string) =>
  `${escapeControl(d.file)}:${d.line}:${d.col} ${d.code} ${escapeControl(words)}`;

/** Names longer than this get no "did you mean": a suggestion costs time and memory in the product of the lengths. */
export const SUGGEST_MAX_LENGTH = LIMITS.suggestChars;

let distance: ((a: string, b: string) => number) | undefined;
// Loaded on the first suggestion, not at start-up: `--version` and a clean run never need it.
const levenshtein = () =>
  (distance ??= (
    createRequire(import.meta.url)("fastest-levenshtein") as typeof import("fastest-levenshtein")
  ).distance);

const letters = (s: string) => [...s.toLowerCase()].sort().join("");

/**
 * The closest candidate within Catala's threshold (1 + len/3), for "did you mean"; ties go to an anagram.
 * Only short names are compared (≤ SUGGEST_MAX_LENGTH characters), so a 20 MB value costs nothing.
 */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length > SUGGEST_MAX_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = 1 + Math.floor(name.length / 3) + 1;
  for (const c of candidates) {
    if (typeof c !== "string" || c.length > SUGGEST_MAX_LENGTH) continue;
    const d = levenshtein()(name.toLowerCase(), c.toLowerCase());
    const tieWon =
      d === bestDistance &&
      letters(c) === letters(name) &&
      best !== undefined &&
      letters(best) !== letters(name);
    if (d < bestDistance || tieWon) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** " (did you mean `x`?)" or "". */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const s = suggest(name, candidates);
  return s ? ` (did you mean \`${s}\`?)` : "";
}
