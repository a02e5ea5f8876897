import Big from "big.js";
import type { Parameter } from "./program.js";

/**
 * The dates a static check of bounds that name parameters is made on: each date one of them changes (oldest
 * first), with a reader of each one's number in force then. One date, "", when none is named. Tiers
 * (`tierBounds.ts`), first-match cases and conditions that can never be true (`caseAnalysis.ts`) read it.
 */
export function datesOfChange(
  names: ReadonlySet<string>,
  parameters: ReadonlyMap<string, Parameter>,
): { date: string; numberOf: (name: string) => number | undefined }[] {
  if (!names.size) return [{ date: "", numberOf: () => undefined }];
  const dates = [
    ...new Set([...names].flatMap((n) => (parameters.get(n)?.values ?? []).map((v) => v.since))),
  ].sort();
  return dates.map((date) => ({
    date,
    numberOf: (name: string) => {
      let found: unknown;
      for (const v of parameters.get(name)?.values ?? []) if (v.since <= date) found = v.value;
      return found instanceof Big ? found.toNumber() : undefined;
    },
  }));
}
