import Big from "big.js";
import { addMonths } from "date-fns/addMonths";
import type { EvalContext } from "../expr/types.js";
import { formatIsoDate, type Outcome, Unknown } from "../expr/values.js";
import type { AmountRule, Program } from "../rules/program.js";
import { withNamedValues } from "./namedValues.js";
import { parametersInForce } from "./parametersInForce.js";
import type { ScheduledPayment } from "./result.js";

/** More months than any payment runs (24 months plus a continuation to retirement): a guard, not a rule. */
const MAX_MONTHS = 600;

/** Months since year 0, so months can be counted by subtraction. */
function monthIndex(d: Date): number {
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The first day of the month `offset` months after the month of `d`. */
function monthStart(d: Date, offset: number): Date {
  return addMonths(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)), offset);
}

/**
 * 大龄续发: months payable when the period, starting in the as-of month and `months` long, would end less
 * than `withinMonths` before the date (e.g. the statutory retirement date): then it runs through that
 * date's month. Unknown when the date is, unless every date it may be gives the same answer.
 */
export function continuedMonths(
  rule: NonNullable<AmountRule["continueUntil"]>,
  ctx: EvalContext,
  months: number,
): { months: number; date?: Date } | Unknown {
  const start = monthIndex(ctx.asOf);
  const end = monthStart(ctx.asOf, months);
  const within = rule.withinMonths.evaluate(ctx);
  if (within instanceof Unknown) return within;
  // No continuation in force (before 2019-12): the date is not needed.
  if ((within as Big).lte(0)) return { months };
  const limit = addMonths(end, (within as Big).toNumber());
  const decide = (date: Date) =>
    date.getTime() >= end.getTime() && date.getTime() < limit.getTime()
      ? { months: monthIndex(date) - start + 1, date }
      : { months };
  const d: Outcome = rule.date.evaluate(ctx);
  if (d instanceof Date) return decide(d);
  if (d instanceof Unknown && d.range?.lo instanceof Date && d.range.hi instanceof Date) {
    const { lo, hi } = d.range;
    if (hi.getTime() < end.getTime() || lo.getTime() >= limit.getTime()) return { months };
    const [a, b] = [decide(lo), decide(hi)];
    if (a.date && b.date && a.months === b.months) return a;
  }
  return d instanceof Unknown ? d : new Unknown([]);
}

/**
 * The payments month by month from the as-of month, each at the parameters in force in that month (the
 * as-of month at the as-of date's). `first` is the as-of month's value, already computed.
 */
export function paymentSchedule(
  program: Program,
  ctx: EvalContext,
  months: number,
  first: Big | null,
  valueAt: (ctx: EvalContext) => Outcome,
): ScheduledPayment[] | undefined {
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) return undefined;
  const schedule: ScheduledPayment[] = [{ month: formatIsoDate(ctx.asOf).slice(0, 7), value: first }];
  for (let i = 1; i < months; i++) {
    const date = monthStart(ctx.asOf, i);
    const text = formatIsoDate(date);
    const params = parametersInForce(program, text);
    const month = { fields: ctx.fields, params: params.values, asOf: date, filters: ctx.filters };
    const v = valueAt(withNamedValues(program, month));
    schedule.push({ month: text.slice(0, 7), value: v instanceof Big ? v : null });
  }
  return schedule;
}

/** The sum of a schedule, or null when any month is unknown. */
export function scheduleTotal(schedule: readonly ScheduledPayment[]): Big | null {
  let total = new Big(0);
  for (const p of schedule) {
    if (p.value === null) return null;
    total = total.plus(p.value);
  }
  return total;
}

/** `1123.2 × 1 (2021-08) + 1324.8 × 5 (2021-09…2022-01) = 7747.2`: runs of equal months, for the explanation. */
export function scheduleStep(schedule: readonly ScheduledPayment[], total: Big | null): string {
  const runs: { value: Big | null; from: string; to: string; n: number }[] = [];
  for (const p of schedule) {
    const last = runs[runs.length - 1];
    const same =
      last && (last.value === null ? p.value === null : p.value !== null && last.value.eq(p.value));
    if (last && same) {
      last.to = p.month;
      last.n++;
    } else runs.push({ value: p.value, from: p.month, to: p.month, n: 1 });
  }
  const parts = runs.map(
    (r) => `${r.value === null ? "?" : r.value.toString()} × ${r.n} (${r.from}${r.n > 1 ? `…${r.to}` : ""})`,
  );
  return `${parts.join(" + ")} = ${total === null ? "?" : total.toString()}`;
}
