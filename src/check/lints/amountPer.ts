import type { Message } from "../../messages/index.js";
import { message } from "../../messages/index.js";

/**
 * An amount whose money unit says how often it is paid against `amount.per` (analyst3 F7): a one-off `yuan`
 * paid `per: month` would be shown and summed every month; a `yuan/month` paid `per: once` would be paid once.
 */
export function amountPerProblem(text: string, unit: string, per: string | undefined): Message | undefined {
  if ((unit === "yuan" && per === "month") || (unit === "yuan/month" && per === "once"))
    return message("ruleSet/amountPer", { text, unit, per });
  return undefined;
}
