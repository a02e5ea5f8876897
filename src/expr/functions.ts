// The mini class: the full UTCDate builds Intl formatters when loaded, ~15 ms of every start.
import { UTCDateMini as UTCDate } from "@date-fns/utc/date/mini";
import Big from "big.js";
// One module per function: the date-fns barrel costs ~150 ms of start-up.
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addYears } from "date-fns/addYears";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { differenceInMonths } from "date-fns/differenceInMonths";
import { differenceInYears } from "date-fns/differenceInYears";
import { type Message, message } from "../messages/index.js";
import { isWithin } from "../regions/regionWithin.js";
import { type RetirementGroup, retirementDate } from "../time/retirement.js";
import { type EvalContext, T, type Type } from "./types.js";
import { unitOfCall } from "./units.js";
import { mergeUnknown, type Outcome, parseIsoDate, Unknown } from "./values.js";

/** A function the rule language offers. Strict functions are unknown when any argument is. */
export interface FunctionDef {
  readonly args: readonly Type["base"][];
  readonly returns: Type;
  readonly strict: boolean;
  /** An argument that, when written as a literal, must be a GB/T 2260 region code. */
  readonly regionLiteral?: number;
  /** Two arguments whose literal values must come from the same enum (e.g. a list field and a list literal). */
  readonly sameValues?: readonly [number, number];
  /** An argument that must be a whole number written in the rule (e.g. decimal places). */
  readonly wholeNumberLiteral?: number;
  /** An argument that counts whole units (months, years, days): a fractional constant is a type error. */
  readonly wholeCount?: number;
  /** An argument that, when constant, must be one of these numbers (checked when rules load). */
  readonly numberAmong?: { readonly index: number; readonly allowed: readonly number[] };
  /** Arguments that must be string literals from this list, checked when rules load. */
  readonly literal?: { readonly index: number; readonly allowed?: readonly string[] };
  readonly call: (args: Outcome[]) => Outcome;
  /** Arguments the call did not read for these values (e.g. a man's original retirement age): not shown, not assumed. */
  readonly unusedArgs?: (args: Outcome[]) => number[];
  /** When the call is unknown for known arguments: the argument whose field must be answered, and why. */
  readonly unknownAsks?: {
    readonly index: number;
    readonly why: (args: Outcome[]) => Message;
  };
}

const ROUNDING = {
  down: Big.roundDown,
  "half-up": Big.roundHalfUp,
  "half-even": Big.roundHalfEven,
  up: Big.roundUp,
};
const ROUNDING_MODES = Object.keys(ROUNDING);

const dateFn =
  (f: (d: Date, n: number) => Date) =>
  ([d, n]: Outcome[]): Outcome => {
    const result = f(d as Date, (n as Big).toNumber());
    // Beyond the years a Date can hold there is no answer, not a wrong one.
    return Number.isNaN(result.getTime()) ? new Unknown(["date:out-of-range"]) : result;
  };

const diffFn =
  (f: (later: Date, earlier: Date) => number) =>
  ([from, to]: Outcome[]): Outcome =>
    new Big(f(to as Date, from as Date));

/**
 * Full years (months) from one day to another, counted the way `addYears` (`addMonths`) counts, so that
 * `yearsBetween(b, d) >= 18` and `addYears(b, 18) <= d` always agree (a 29 February birthday included).
 */
const fullPeriods =
  (add: (d: Date, n: number) => Date, estimate: (later: Date, earlier: Date) => number) =>
  ([from, to]: Outcome[]): Outcome => {
    const [f, t] = [from as Date, to as Date];
    let n = estimate(t, f);
    while (add(f, n + 1).getTime() <= t.getTime()) n++;
    while (n > 0 && add(f, n).getTime() > t.getTime()) n--;
    return new Big(n);
  };

const extreme =
  (pick: (a: Big, b: Big) => boolean) =>
  (args: Outcome[]): Outcome =>
    (args as Big[]).reduce((best, x) => (pick(x, best) ? x : best));

function statutoryRetirement([birth, sex, originalAge]: Outcome[]): Outcome {
  if (birth instanceof Unknown)
    return mergeUnknown(birth, sex as Outcome, sex === "male" ? false : (originalAge as Outcome));
  // Sex and original age known: one group, one date (remembered per birthday, shared as profile dates are).
  if (sex === "male") return retirementDate(birth as Date, "male");
  if (sex === "female" && originalAge instanceof Big)
    return retirementDate(birth as Date, originalAge.eq(50) ? "female-50" : "female-55");
  const women: RetirementGroup[] =
    originalAge instanceof Unknown
      ? ["female-50", "female-55"]
      : [(originalAge as Big).eq(50) ? "female-50" : "female-55"];
  const groups: RetirementGroup[] = sex === "male" ? ["male"] : sex === "female" ? women : ["male", ...women];
  const dates = groups.map((g) => retirementDate(birth as Date, g).getTime()).sort((a, b) => a - b);
  const [lo, hi] = [new UTCDate(dates[0] as number), new UTCDate(dates[dates.length - 1] as number)];
  if (lo.getTime() === hi.getTime()) return lo;
  // Unknown sex or original age still bounds the date: a comparison may be decided without them.
  const unknownOf = [sex, originalAge].filter((v) => v instanceof Unknown) as Unknown[];
  const points = [...new Set(dates)].map((t) => new UTCDate(t));
  return new Unknown(mergeUnknown(...unknownOf).fields, { lo, hi, points });
}

/** The whitelist: the only functions an expression can call. */
export const FUNCTIONS: Readonly<Record<string, FunctionDef>> = {
  round: {
    args: ["number", "number", "string"],
    returns: T.number,
    strict: true,
    literal: { index: 2, allowed: ROUNDING_MODES },
    wholeNumberLiteral: 1,
    call: ([x, dp, mode]) =>
      (x as Big).round((dp as Big).toNumber(), ROUNDING[mode as keyof typeof ROUNDING] as Big.RoundingMode),
  },
  min: { args: ["number", "number"], returns: T.number, strict: true, call: extreme((a, b) => a.lt(b)) },
  max: { args: ["number", "number"], returns: T.number, strict: true, call: extreme((a, b) => a.gt(b)) },
  date: {
    args: ["string"],
    returns: T.date,
    strict: true,
    literal: { index: 0 },
    call: ([s]) => parseIsoDate(s as string) as Date,
  },
  addYears: {
    args: ["date", "number"],
    wholeCount: 1,
    returns: T.date,
    strict: true,
    call: dateFn(addYears),
  },
  addMonths: {
    args: ["date", "number"],
    wholeCount: 1,
    returns: T.date,
    strict: true,
    call: dateFn(addMonths),
  },
  addDays: { args: ["date", "number"], wholeCount: 1, returns: T.date, strict: true, call: dateFn(addDays) },
  yearsBetween: {
    args: ["date", "date"],
    returns: T.number,
    strict: true,
    call: fullPeriods(addYears, differenceInYears),
  },
  monthsBetween: {
    args: ["date", "date"],
    returns: T.number,
    strict: true,
    call: fullPeriods(addMonths, differenceInMonths),
  },
  daysBetween: {
    args: ["date", "date"],
    returns: T.number,
    strict: true,
    call: diffFn(differenceInCalendarDays),
  },
  /** Calendar months from the month of one date through the month of another, both counted (0 if before). */
  monthsThrough: {
    args: ["date", "date"],
    returns: T.number,
    strict: true,
    call: ([from, to]) => {
      const [f, t] = [from as Date, to as Date];
      const n = (t.getUTCFullYear() - f.getUTCFullYear()) * 12 + t.getUTCMonth() - f.getUTCMonth() + 1;
      return new Big(Math.max(n, 0));
    },
  },
  hasAny: {
    args: ["list", "list"],
    sameValues: [0, 1],
    returns: T.boolean,
    strict: true,
    call: ([items, among]) => (items as string[]).some((x) => (among as string[]).includes(x)),
  },
  within: {
    args: ["string", "string"],
    regionLiteral: 1,
    returns: T.boolean,
    strict: true,
    // A code wider than the one tested (340000 for 340100) cannot say: it is unknown, and a finer code is asked for.
    call: ([code, jurisdiction]) =>
      code !== jurisdiction && isWithin(jurisdiction as string, code as string)
        ? new Unknown([])
        : isWithin(code as string, jurisdiction as string),
    unknownAsks: {
      index: 0,
      why: ([code, jurisdiction]) =>
        message("words/note/widerCode", { code: String(code), jurisdiction: String(jurisdiction) }),
    },
  },
  retirementDate: {
    args: ["date", "string", "number"],
    // A woman's original retirement age is 50 or 55 (国发〔1978〕104号); any other would be read as 55.
    numberAmong: { index: 2, allowed: [50, 55] },
    returns: T.date,
    strict: false,
    call: statutoryRetirement,
    // A man's date does not depend on an original retirement age (that is for women).
    unusedArgs: ([, sex]) => (sex === "male" ? [2] : []),
  },
};

const NO_ARGS: readonly number[] = [];

/** A call of a whitelisted function: folded once when every argument is a literal, else evaluated per profile. */
export function applyFunction(
  fname: string,
  def: FunctionDef,
  args: readonly {
    evaluate: (ctx: EvalContext) => Outcome;
    constant?: true;
    refs?: readonly string[];
    unit?: string;
  }[],
): { type: Type; unit?: string; evaluate: (ctx: EvalContext) => Outcome; constant?: true } {
  const evs = args.map((a) => a.evaluate);
  const unit = unitOfCall(
    fname,
    args.map((a) => a.unit),
  );
  if (def.strict && args.every((a) => a.constant)) {
    // e.g. date("2019-01-01"): compute once, not per profile.
    const folded = def.call(args.map((a) => a.evaluate({} as EvalContext)));
    return { type: def.returns, unit, evaluate: () => folded, constant: true };
  }
  return {
    type: def.returns,
    unit,
    evaluate: (ctx) => {
      const tracer = ctx.tracer;
      // Where each argument's facts begin, so that an argument the call left unread can be forgotten.
      const marks: number[] | undefined = tracer && def.unusedArgs ? [] : undefined;
      const values = evs.map((e) => {
        if (marks && tracer) marks.push(tracer.mark());
        return e(ctx);
      });
      if (def.strict && values.some((v) => v instanceof Unknown)) return mergeUnknown(...values);
      let result = def.call(values);
      const unused = (tracer && def.unusedArgs?.(values)) || NO_ARGS;
      if (marks && tracer && unused.length) {
        marks.push(tracer.mark());
        // From the last to the first, so that the marks of those before stay where they were.
        for (const i of [...unused].sort((a, b) => b - a)) {
          for (const f of args[i]?.refs ?? []) tracer.defaulted(f, false);
          tracer.drop(marks[i] as number, marks[i + 1] as number, true);
        }
      }
      if (def.unknownAsks && result instanceof Unknown && !result.fields.length) {
        result = new Unknown(args[def.unknownAsks.index]?.refs ?? []);
        tracer?.note(def.unknownAsks.why(values));
      }
      if (tracer)
        tracer.fact({
          kind: "call",
          name: fname,
          args: values,
          result,
          returns: def.returns.base,
          ...(unused.length ? { unused } : {}),
        });
      return result;
    },
  };
}
