import { type Lang, say } from "./index.js";

type Verdict = "eligible" | "undetermined" | "ineligible" | "not-applicable";

/** What the status words read of a result: an engine result and a batch outcome alike. */
interface Judged {
  readonly status: Verdict;
  readonly missing: readonly unknown[];
  /** Present when the program's horizon passed: whether it still runs is not known. */
  readonly lawUnknown?: unknown;
}

/**
 * The words for a result's status, in every view and summary. Undetermined only because the law is unknown (past
 * a program's horizon, nothing else missing): nothing can be supplied, so it does not read "needs information".
 */
export function statusWords(r: Judged, lang: Lang) {
  return say(lang, lawOnlyUnknown(r) ? "status/lawUnknown" : `status/${r.status}`);
}

/** Undetermined for the law's reason alone: the evaluator says the horizon passed, and no fact is missing. */
export function lawOnlyUnknown(r: Judged): boolean {
  return r.status === "undetermined" && r.lawUnknown !== undefined && r.missing.length === 0;
}
