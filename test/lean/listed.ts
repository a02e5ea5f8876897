import type { ProgramResult } from "../../src/engine/result.js";

/**
 * What a lean result says, comparable with the explained interpreter's: the lean result lists the conditions
 * left unknown, then those decided on an assumption; the explained interpreter lists every condition.
 */
export const listed = (r: ProgramResult) => ({
  status: r.status,
  missing: r.missing,
  conditions: [
    ...r.conditions.filter((c) => c.result === null),
    ...r.conditions.filter((c) => c.result !== null && c.assumed),
  ].map((c) => `${c.id} ${c.result} ${c.assumed?.en ?? ""}`),
  caveats: r.caveats?.map((c) => c.id),
  lawUnknown: r.lawUnknown?.from,
});
