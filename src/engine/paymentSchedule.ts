import Big from "big.js";
import type { PaidRun } from "../expr/explainRecord.js";
import { evalContext } from "../expr/tracer.js";
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

/**
 * The first day of the month `offset` months after the month of `d` (UTC). Plain arithmetic: Date.UTC
 * carries a month past December into the next year, and it runs once per scheduled month per evaluation.
 */
function monthStart(d: Date, offset: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1));
}

/** `YYYY-MM` of a month counted from year 0 (see monthIndex), without formatting a Date. */
function monthKey(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}`;
}

/**
 * How a period of `months` from the as-of month meets a date such as the statutory retirement date:
 * `continued` when it would end less than `withinMonths` before it (read by the law in force at the period's
 * end), through that date's month; `stops` when the date falls inside it, through that month (payment stops
 * on a pension); `possible` when the date is not known (the months stand; an extension is only possible);
 * otherwise unchanged. `open` names the fields whose answers would change what is paid, when the date is known
 * to be one of a few (e.g. at either original retirement age) that do not all give the same months: the months
 * stand as the entitlement, but not the total.
 */
export type Continuation = {
  months: number;
  kind?: "continued" | "stops" | "possible";
  date?: Date;
  open?: readonly string[];
};

export function continuedMonths(
  program: Program,
  rule: NonNullable<AmountRule["continueUntil"]>,
  ctx: EvalContext,
  months: number,
): Continuation {
  const start = monthIndex(ctx.asOf);
  const end = monthStart(ctx.asOf, months);
  const atEnd = parametersInForce(program, formatIsoDate(end));
  const within = rule.withinMonths.evaluate({ ...ctx, params: atEnd.values, asOf: end });
  const w = within instanceof Unknown ? 0 : (within as Big).toNumber();
  const limit = monthStart(end, w);
  const decide = (date: Date): Continuation => {
    // Already past it when the period starts: the conditions decide that case, not the months.
    if (monthIndex(date) < start) return { months };
    if (date.getTime() < end.getTime()) return { months: monthIndex(date) - start + 1, kind: "stops", date };
    if (w > 0 && date.getTime() < limit.getTime())
      return { months: monthIndex(date) - start + 1, kind: "continued", date };
    return { months };
  };
  const d: Outcome = rule.date.evaluate(ctx);
  if (d instanceof Date) return decide(d);
  if (d instanceof Unknown && d.range?.lo instanceof Date && d.range.hi instanceof Date) {
    const { lo, hi, points } = d.range;
    // Every date it may be (e.g. one per possible sex): the same outcome for all decides it.
    const outcomes = (points ?? [lo, hi]).filter((p): p is Date => p instanceof Date).map(decide);
    const [a] = outcomes;
    if (a && outcomes.every((o) => o.months === a.months && o.kind === a.kind)) return a;
    if (outcomes.some((o) => o.months !== months)) return { months, kind: "possible", open: d.fields };
  }
  return { months, kind: "possible" };
}

/**
 * The payments month by month from the as-of month, each at the parameters in force in that month (the
 * as-of month at the as-of date's). `first` is the as-of month's value, already computed. When the value
 * cannot depend on the date (`readsDate` false), a month in which no parameter changed pays what the month
 * before paid, without evaluating it again.
 */
export function paymentSchedule(
  program: Program,
  ctx: EvalContext,
  months: number,
  first: Big | null,
  valueAt: (ctx: EvalContext) => Outcome,
  readsDate = true,
): ScheduledPayment[] | undefined {
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) return undefined;
  const start = monthIndex(ctx.asOf);
  const schedule: ScheduledPayment[] = [{ month: monthKey(start), value: first }];
  // The next date a parameter changes after the month last evaluated; "" when the value reads the date.
  let next = readsDate ? "" : nextChange(program, formatIsoDate(ctx.asOf));
  let last = first;
  for (let i = 1; i < months; i++) {
    const key = monthKey(start + i);
    const day = `${key}-01`;
    if (next !== "" && (next === undefined || next > day)) {
      schedule.push({ month: key, value: last });
      continue;
    }
    const params = parametersInForce(program, day);
    const month = evalContext(ctx.fields, params.values, monthStart(ctx.asOf, i), ctx.filters);
    const v = valueAt(withNamedValues(program, month));
    last = v instanceof Big ? v : null;
    if (!readsDate) next = nextChange(program, day);
    schedule.push({ month: key, value: last });
  }
  return schedule;
}

const changeDatesOf = new WeakMap<Program, readonly string[]>();

/** The dates on which any of a program's parameters takes a new value or becomes unknown, oldest first. */
function changeDates(program: Program): readonly string[] {
  let dates = changeDatesOf.get(program);
  if (!dates) {
    const all = new Set<string>();
    // A known horizon changes a value too: from it, the value is unknown.
    for (const p of program.parameters.values())
      for (const v of p.values) {
        all.add(v.since);
        if (v.unknownFrom) all.add(v.unknownFrom.on);
      }
    dates = [...all].sort();
    changeDatesOf.set(program, dates);
  }
  return dates;
}

/** The first date after `date` on which one of a program's parameters takes a new value. */
function nextChange(program: Program, date: string): string | undefined {
  for (const d of changeDates(program)) if (d > date) return d;
  return undefined;
}

/**
 * Whether every month of a period starting on `asOf` pays the as-of month's value: the value cannot read the
 * date and no parameter changes before the last month starts. Then the total is value × months.
 */
export function steadyPeriod(program: Program, asOf: Date, months: number, readsDate: boolean): boolean {
  if (readsDate || !Number.isInteger(months) || months < 1 || months > MAX_MONTHS) return false;
  const from = asOf.getTime();
  const to = monthStart(asOf, months - 1).getTime();
  for (const t of changeTimes(program)) if (t > from && t <= to) return false;
  return true;
}

const changeTimesOf = new WeakMap<Program, readonly number[]>();

/** `changeDates` as UTC milliseconds, for comparing with dates without formatting them. */
function changeTimes(program: Program): readonly number[] {
  let times = changeTimesOf.get(program);
  if (!times) {
    times = changeDates(program).map((d) => Date.parse(`${d}T00:00:00Z`));
    changeTimesOf.set(program, times);
  }
  return times;
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

/** Runs of equal months (`1123.2 × 1 (2021-08) + 1324.8 × 5 (2021-09…2022-01)`), for the explanation. */
export function paidRuns(schedule: readonly ScheduledPayment[]): PaidRun[] {
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
  return runs.map((r) => ({ value: r.value, months: new Big(r.n), from: r.from, to: r.to }));
}
