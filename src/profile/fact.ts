import type { Value } from "../expr/values.js";
import type { Message } from "../messages/index.js";

/**
 * One fact read: its value (`undefined`: written as unknown, e.g. 不知道), with a `note` when it was read in
 * another unit or by a name (echoed back: "8年 按96个月计"); or why not.
 */
export type Fact =
  | {
      readonly ok: true;
      readonly value: Value | undefined;
      readonly note?: Message;
    }
  | { readonly ok: false; readonly code: string; readonly says: Message };

/** What a fact is checked against besides its field: today and the as-of date (YYYY-MM-DD). */
export interface FactDates {
  readonly today?: string;
  readonly asOf?: string;
}

/**
 * The one reader of a field, whatever the channel. `raw` is what the channel holds: a string as written, a
 * number, a boolean, a date or a list; `written` is a number's digits as written in its source, when known.
 */
export type FactReader = (raw: unknown, written?: string, dates?: FactDates) => Fact;
