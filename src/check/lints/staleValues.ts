import type { Diagnostic } from "../../diagnostics.js";
import type { RuleCheckContext } from "../../rules/checks/ruleCheck.js";
import { warning } from "../../rules/checks/ruleCheck.js";
import type { OutlineDated } from "../../rules/outline.js";

/**
 * A value still in force (a parameter's newest dated value, or the program's term) whose last confirmation
 * is more than the stated years before today: reconfirm it, or update it with a local override citing a
 * newer source (docs/currency.md). `years` is what the analyst states (`check --stale-years`); without it the
 * lint is off, since every value here was last confirmed in 2021–2025 and answers carry the currency caveat.
 */
export function staleValues(
  c: RuleCheckContext,
  years: number | undefined,
  today = new Date(),
): Diagnostic[] {
  // A program whose term has ended needs no reconfirming: nothing of it applies today.
  return staleDated(c.src, c.outline.dated, c.rule.inForce.to, years, today);
}

/**
 * The same for the dated values of a local file (an override, law3 F6): each stale value of the file that is
 * its parameter's newest there; `endedOn` is the overridden program's `inForce.to`.
 */
export function staleDated(
  src: RuleCheckContext["src"],
  dated: readonly Pick<OutlineDated, "path" | "parameter" | "since" | "confirmed">[],
  endedOn: string | undefined,
  years: number | undefined,
  today = new Date(),
): Diagnostic[] {
  const ended = endedOn !== undefined && endedOn < today.toISOString().slice(0, 10);
  if (years === undefined || ended) return [];
  const limit = new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()));
  const cutoff = limit.toISOString().slice(0, 10);
  const newest = new Map<string | undefined, string>();
  for (const d of dated) {
    const key = d.parameter;
    if ((newest.get(key) ?? "") < d.since) newest.set(key, d.since);
  }
  const out: Diagnostic[] = [];
  for (const d of dated) {
    if (newest.get(d.parameter) !== d.since) continue;
    const on = d.confirmed?.on;
    if (on !== undefined && on >= cutoff) continue;
    const what = d.parameter ? `\`${d.parameter}\` (from ${d.since})` : "the program's term (inForce)";
    const message = on
      ? `${what} was last confirmed by a source on ${on}, more than ${years} years ago: reconfirm it or update it with a newer source`
      : `${what} records no \`confirmed: { on, ref }\`: say when a source last confirmed it`;
    out.push(warning(src.atKey(d.path, "rule/stale-value", message)));
  }
  return out;
}
