import type { Diagnostic } from "../../diagnostics.js";
import { message, sayMessage } from "../../messages/index.js";
import type { RuleCheckContext } from "../../rules/checks/ruleCheck.js";
import { warning } from "../../rules/checks/ruleCheck.js";

/**
 * A condition `F >= X` (or `> X`) that lets through values below the lowest tier of an amount tiered by `F`
 * (analyst F12: `>= 12` with a first tier `from: 13` leaves 12 eligible with no amount). Only this plain shape
 * is read — a threshold written as a number or a parameter, and a first tier starting at a number — so the
 * warning is sound: every such value passes that condition and falls in no tier.
 */
export function tierFloor(c: RuleCheckContext): Diagnostic[] {
  const value = c.rule.amount?.value;
  if (!value || typeof value !== "object" || !("tiers" in value)) return [];
  const by = String(value.tiers.by).trim();
  const lowest = value.tiers.ranges[0]?.from;
  if (typeof lowest !== "number") return [];
  const whole = c.catalogue.fields.get(by)?.type === "integer";
  const out: Diagnostic[] = [];
  c.rule.conditions.forEach((k, i) => {
    const m = /^\s*([\w.]+)\s*(>=|>)\s*([\w.]+)\s*$/.exec(String(k.test));
    if (!m || m[1] !== by) return;
    for (const x of thresholds(c, m[3] as string)) {
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

/** The values a threshold takes: a number, or each dated number of a parameter. */
function thresholds(c: RuleCheckContext, text: string): number[] {
  if (/^-?\d+(\.\d+)?$/.test(text)) return [Number(text)];
  const p = c.rule.parameters[text];
  return p ? Object.values(p.values).flatMap((v) => (typeof v.value === "number" ? [v.value] : [])) : [];
}
