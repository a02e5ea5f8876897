import type { Status } from "../engine/result.js";
import { bothLanguages, type Code } from "../messages/index.js";

export type { Lang } from "../messages/index.js";

/** Text in the user's language. */
export type Local = { readonly zh: string; readonly en: string };

type Words<P extends string> = Extract<Code, `${P}/${string}`>;

/** The words under `prefix/` of the catalogue, in both languages, keyed by what follows the prefix. */
function wordsUnder<P extends string, K extends string>(prefix: P, keys: readonly K[]): Record<K, Local> {
  return Object.fromEntries(
    keys.map((k) => [k, bothLanguages(`${prefix}/${k}` as Words<P> as never)]),
  ) as Record<K, Local>;
}

export const STATUS_TEXT: Record<Status, Local> = wordsUnder("status", [
  "eligible",
  "undetermined",
  "ineligible",
  "not-applicable",
] as const);

export const REASON_TEXT: Record<string, Local> = wordsUnder("reason", [
  "not-in-force",
  "outside-jurisdiction",
  "no-section",
] as const);

export const UI = wordsUnder("ui", [
  "asOf",
  "today",
  "program",
  "status",
  "amount",
  "arithmetic",
  "inputs",
  "parameters",
  "conditions",
  "missing",
  "sources",
  "since",
  "perMonth",
  "once",
  "atMostMonths",
  "unknownAmount",
  "noResults",
  "case",
  "monthsCase",
  "namedValues",
  "note",
  "unknown",
  "overridden",
  "upTo",
  "notMet",
  "reasons",
  "namedPlain",
  "monthsCasePlain",
  "schedule",
  "caveats",
  "priority",
  "questions",
  "elsewhere",
  "elsewhereHint",
] as const);
