import { type Lang, say } from "./index.js";

type Verdict = "eligible" | "undetermined" | "ineligible" | "not-applicable";

/**
 * The words for a result's status, in every view and summary. Undetermined with no fact missing means only the law
 * is unknown (past a program's horizon): nothing can be supplied, so it does not read "needs information".
 */
export function statusWords(
  r: { readonly status: Verdict; readonly missing: readonly unknown[] },
  lang: Lang,
) {
  return say(lang, lawOnlyUnknown(r) ? "status/lawUnknown" : `status/${r.status}`);
}

export function lawOnlyUnknown(r: {
  readonly status: Verdict;
  readonly missing: readonly unknown[];
}): boolean {
  return r.status === "undetermined" && r.missing.length === 0;
}
