import type { ProgramResult } from "../../../engine/result.js";
import type { Lang } from "../../i18n.js";
import { outcomeWords } from "./words.js";

/**
 * The named values that say something of this applicant, in words (`退休日期 2031年10月1日`): one worked out from the
 * date and the rules alone (the first day of the year evaluated) is a step of the rule, the same for everyone, and
 * is kept for the trace and JSON. A true/false value is a step of the conditions that read it, and is explained in
 * them (the comparisons that made it); alone it would be a yes or no beside a result it may not have decided.
 */
export function namedWords(r: ProgramResult, lang: Lang): string[] {
  const reads = new Map(
    (r.program.named ?? []).map((n) => [n.name, n.expr.fields.length > 0 && n.expr.type.base !== "boolean"]),
  );
  return (r.named ?? [])
    .filter((n) => reads.get(n.name) !== false)
    .map((n) => `${n.label[lang]} ${outcomeWords(n.value ?? undefined, n.unit, lang)}`);
}
