import type { Diagnostic } from "../../diagnostics.js";
import { message, sayMessage } from "../../messages/index.js";
import type { RuleCheckContext } from "../../rules/checks/ruleCheck.js";
import { warning } from "../../rules/checks/ruleCheck.js";

/**
 * A condition `F >= X` (or `> X`) that lets through values below the lowest tier of an amount tiered by `F`
 * (analyst F12: `>= 12` with a first tier `from: 13` leaves 12 eligible with no amount). Only this plain shape
 * is read — a threshold and a first tier's start each a number or a parameter (analyst3 F6: the house style),
 * compared on every date either changes — so the warning is sound: every such value passes that condition on
 * that date and falls in no tier.
 */
export function tierFloor(c: RuleCheckContext): Diagnostic[] {
  const value = c.rule.amount?.value;
  if (!value || typeof value !== "object" || !("tiers" in value)) return [];
  const by = String(value.tiers.by).trim();
  const lowestBound = value.tiers.ranges[0]?.from;
  if (lowestBound === undefined) return [];
  const whole = c.catalogue.fields.get(by)?.type === "integer";
  const out: Diagnostic[] = [];
  c.rule.conditions.forEach((k, i) => {
    const m = /^\s*([\w.]+)\s*(>=|>)\s*([\w.]+)\s*$/.exec(String(k.test));
    if (!m || m[1] !== by) return;
    for (const [x, lowest] of onEachDate(c, m[3] as string, String(lowestBound))) {
      const least = m[2] === ">=" ? x : whole ? Math.floor(x) + 1 : x;
      if (least >= lowest) continue;
      const says = message("check/tierFloor", { id: k.id, by, least: String(least), lowest: String(lowest) });
      out.push(
        warning({ ...c.src.at(["conditions", i, "test"], "rule/tier-floor", sayMessage("en", says)), says }),
      );
      return;
    }
  });
  return out;
}

/** A number, or a parameter's numbers by the date each starts. */
function dated(c: RuleCheckContext, text: string): [string, number][] | undefined {
  if (/^-?\d+(\.\d+)?$/.test(text)) return [["", Number(text)]];
  const p = c.rule.parameters[text];
  if (!p) return undefined;
  const out = Object.entries(p.values).flatMap(([d, v]): [string, number][] =>
    typeof v.value === "number" ? [[String(d), v.value]] : [],
  );
  return out.sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The threshold and the lowest tier's start in force together, on every date one of them changes. */
function onEachDate(c: RuleCheckContext, threshold: string, lowest: string): [number, number][] {
  const xs = dated(c, threshold);
  const ls = dated(c, lowest);
  if (!xs?.length || !ls?.length) return [];
  const at = (values: [string, number][], d: string) =>
    values.filter(([since]) => since <= d).at(-1)?.[1] ?? (values[0] as [string, number])[1];
  const dates = [...new Set([...xs, ...ls].map(([d]) => d))];
  return dates.map((d) => [at(xs, d), at(ls, d)]);
}
