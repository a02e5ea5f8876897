import type { Diagnostic } from "../../diagnostics.js";
import { message, sayMessage } from "../../messages/index.js";
import type { RuleCheckContext } from "../../rules/checks/ruleCheck.js";
import type { Path } from "../../rules/outline.js";

/**
 * Currency dates that contradict each other (analyst F13): a horizon (`horizon`, `unknownFrom`) before the
 * program or value begins, or before the date a source confirmed it; a confirmation dated after `now` (a
 * source cannot be dated in the future: a typo such as 2027 for 2021 would hide every currency caveat).
 * `now` is the machine's clock, not the run's stated today: it is about when the file was written.
 */
export function contradictoryDates(c: RuleCheckContext, now = new Date()): Diagnostic[] {
  const today = now.toISOString().slice(0, 10);
  const out: Diagnostic[] = [];
  const say = (path: Path, code: string, says: ReturnType<typeof message>) =>
    out.push({ ...c.src.at(path, code, sayMessage("en", says)), says });
  for (const d of c.outline.dated) {
    const horizonKey = d.parameter ? "resetWithin" : "horizon";
    const horizonAt = d.horizonPath ?? [...d.path, horizonKey, "on"];
    const what = d.parameter ?? "inForce";
    if (d.horizon && d.horizon.on < d.since)
      say(
        horizonAt,
        "rule/dates-unordered",
        message("check/horizonBeforeStart", {
          key: horizonKey,
          on: d.horizon.on,
          what,
          since: d.since,
        }),
      );
    else if (d.horizon && d.confirmed && d.horizon.on < d.confirmed.on)
      say(
        horizonAt,
        "rule/dates-unordered",
        message("check/horizonBeforeConfirmed", {
          key: horizonKey,
          on: d.horizon.on,
          confirmed: d.confirmed.on,
        }),
      );
    if (d.confirmed && d.confirmed.on > today)
      say(
        [...d.path, "confirmed", "on"],
        "rule/confirmed-future",
        message("check/confirmedFuture", {
          on: d.confirmed.on,
          today,
        }),
      );
  }
  return out;
}
