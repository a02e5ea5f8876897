import { createRequire } from "node:module";
import { escapeControl } from "./echo.js";
import { LIMITS } from "./limits.js";
import { type Lang, type Message, sayMessage } from "./messages/index.js";

/** A located problem in a user's file: what every loader, checker and fixture runner reports. */
export type Diagnostic = {
  file: string;
  line: number;
  col: number;
  code: string;
  message: string;
  severity: "error" | "warning";
  path?: string;
  /**
   * What the diagnostic says, as a catalogue message (src/messages): with it, the words are chosen at the edge
   * in the user's language, and `message`/`messageZh` are only the fallback. `code` stays the public code.
   */
  says?: Message;
  /** Transitional, for producers not yet on the catalogue: the message in Chinese. */
  messageZh?: string;
};

/** A message in both languages of the UI. */
export type Bilingual = { readonly zh: string; readonly en: string };

/** Exit codes (PRODUCT §4): 0 ran fine, 1 ran and found problems, 2 could not run. */
export const EXIT = { ok: 0, problems: 1, cannotRun: 2 } as const;

/** The input could not be used: the command cannot run (exit 2). */
export class InputError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => formatDiagnostic(d)).join("\n"));
    this.name = "InputError";
  }
}

/** The command was used wrongly (exit 2): a catalogue message, or (transitionally) ready text. */
export class UsageError extends Error {
  override name = "UsageError";
  readonly zh: string;
  /** The message's lines in each language: each is escaped on its own, so only these breaks reach the terminal. */
  readonly lines: { readonly [L in Lang]: readonly string[] };
  constructor(message: string | Bilingual | Message | readonly Message[]) {
    const parts: readonly Bilingual[] =
      typeof message === "string"
        ? [{ zh: message, en: message }]
        : Array.isArray(message)
          ? message.map((m) => bilingual(m))
          : "code" in message
            ? [bilingual(message as Message)]
            : [message as Bilingual];
    const lines = { zh: parts.map((p) => p.zh), en: parts.map((p) => p.en) };
    super(lines.en.join("\n"));
    this.zh = lines.zh.join("\n");
    this.lines = lines;
  }

  in(lang: Lang): string {
    return { zh: this.zh, en: this.message }[lang];
  }
}

const bilingual = (m: Message): Bilingual => ({ zh: sayMessage("zh", m), en: sayMessage("en", m) });

/** The diagnostic's message in `lang`: from the catalogue when it has parameters, else its own text. */
export function messageIn(d: Diagnostic, lang: Lang = "en"): string {
  if (d.says) return sayMessage(lang, d.says);
  // Transitional: a producer not yet on the catalogue may give its Chinese words.
  return (lang === "zh" && d.messageZh) || d.message;
}

/** A diagnostic as JSON: its words in both languages, never the catalogue message behind them. */
export function diagnosticJson(d: Diagnostic): Omit<Diagnostic, "says"> {
  const { says, ...rest } = d;
  if (!says) return rest;
  return { ...rest, message: messageIn(d, "en"), messageZh: messageIn(d, "zh") };
}

/** `file:line:col code message`, the one shape every diagnostic is printed in (message in English). */
export function formatDiagnostic(d: Diagnostic): string {
  return formatDiagnosticIn(d, "en");
}

/** `file:line:col code message` with the message in `lang` (Chinese when the diagnostic has it). */
export function formatDiagnosticIn(d: Diagnostic, lang: "zh" | "en"): string {
  const message = messageIn(d, lang);
  // A file name or message quoting user text cannot forge another line or drive the terminal.
  return `${escapeControl(d.file)}:${d.line}:${d.col} ${d.code} ${escapeControl(message)}`;
}

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
