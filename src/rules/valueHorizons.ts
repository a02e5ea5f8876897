import { formatIsoDate, parseIsoDate } from "../expr/values.js";
import type { DatedValue, Horizon, ResetWithin } from "./program.js";

/**
 * Each dated value's horizon where the law makes it (law3 F6): a parameter the law re-sets within some years
 * (`resetWithin`, e.g. a standard tied to the minimum wage) is unknown from each value's start plus those years,
 * unless a later value starts by then. Computed over every value, bundled or local, so an override inherits it.
 */
export function withHorizons(values: readonly DatedValue[], reset: ResetWithin | undefined): DatedValue[] {
  return values.map((v, i) => {
    const { unknownFrom: _, ...value } = v;
    const on = reset && horizonOf(v.since, reset);
    const next = values[i + 1];
    return on && (!next || next.since > on.on) ? { ...value, unknownFrom: on } : value;
  });
}

/** The day a value that starts on `since` becomes unknown, or undefined for a value with no real start. */
export function horizonOf(since: string, reset: ResetWithin): Horizon | undefined {
  const start = parseIsoDate(since);
  if (!start) return undefined;
  const on = new Date(
    Date.UTC(start.getUTCFullYear() + reset.years, start.getUTCMonth(), start.getUTCDate()),
  );
  return { on: formatIsoDate(on), ref: reset.ref, text: reset.text };
}
