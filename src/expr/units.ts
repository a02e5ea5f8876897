import type { Node } from "./parse.js";
import { fieldPath } from "./parse.js";

// The dimensions of an expression, for `check` (analyst F1): a months parameter used as yuan, years compared
// with months. Only what is certain is said: a bare number, a `ratio`, a product of two quantities or anything
// not understood has no unit here, and nothing with no unit is ever a mismatch. A field declared with no `unit`
// (a head count) and `count(…)` are plain numbers: they may scale a quantity, but are not months or yuan.

/** A number that is no quantity: a head count, a field declared without a unit, `count(…)`. */
export const PLAIN = "plain";

/** Where a unit comes from: what a name (field path, parameter, named value, record field) is declared in. */
export type UnitOfName = (name: string) => string | undefined;

/** Two sides that cannot meet: what was written, the unit of each, and the call that made the left one. */
export interface UnitMismatch {
  readonly op: string;
  readonly left: { readonly text: string; readonly unit: string; readonly call?: string };
  readonly right: { readonly text: string; readonly unit: string; readonly call?: string };
}

/** The unit each counting function gives, and the unit each date-shifting function's count must be in. */
export const FUNCTION_UNITS: Readonly<Record<string, string>> = {
  yearsBetween: "years",
  monthsBetween: "months",
  monthsThrough: "months",
  daysBetween: "days",
};
/** The unit a call gives, for explanations: a counting function's, or that of its arguments (round, min, max). */
export function unitOfCall(name: string, argUnits: readonly (string | undefined)[]): string | undefined {
  if (Object.hasOwn(FUNCTION_UNITS, name)) return FUNCTION_UNITS[name];
  return name === "round" || name === "min" || name === "max"
    ? argUnits.find((u) => u !== undefined)
    : undefined;
}
const SHIFT_UNITS: Readonly<Record<string, string>> = {
  addYears: "years",
  addMonths: "months",
  addDays: "days",
};

/** Which counting function gives a unit: the fix a mismatch with it suggests. */
export const COUNTER_OF_UNIT: Readonly<Record<string, string>> = {
  years: "yearsBetween",
  months: "monthsBetween",
  days: "daysBetween",
};

const PER_MONTH = "yuan/month";
/** Units of money: a bare number added to one, or compared with one, is a yuan figure with no source. */
export const MONEY: ReadonlySet<string> = new Set(["yuan", PER_MONTH]);

/** The unit of an expression and every mismatch inside it. */
export function unitsOf(
  ast: Node,
  unitOf: UnitOfName,
): { unit?: string; mismatches: UnitMismatch[]; bareFigures: string[] } {
  const mismatches: UnitMismatch[] = [];
  const bareFigures: string[] = [];
  type U = { unit?: string; text: string; call?: string; literal?: true };

  const meet = (op: string, l: U, r: U): string | undefined => {
    for (const [a, b] of [
      [l, r],
      [r, l],
    ] as const)
      if (a.literal && b.unit && MONEY.has(b.unit) && Number(a.text) !== 0) bareFigures.push(a.text);
    if (l.unit === undefined) return r.unit;
    if (r.unit === undefined || l.unit === r.unit) return l.unit;
    mismatches.push({
      op,
      left: { text: l.text, unit: l.unit, ...(l.call ? { call: l.call } : {}) },
      right: { text: r.text, unit: r.unit, ...(r.call ? { call: r.call } : {}) },
    });
    return undefined;
  };

  function visit(node: Node): U {
    const text = source(node);
    switch (node.type) {
      case "Identifier":
      case "MemberExpression": {
        if (node.type === "MemberExpression" && node.computed) {
          visit(node.property as Node);
          return { unit: visit(node.object as Node).unit, text };
        }
        const path = fieldPath(node);
        return { unit: path === undefined || path === "asOf" ? undefined : unitOf(path), text };
      }
      case "UnaryExpression": {
        const arg = visit(node.argument as Node);
        return { unit: node.operator === "-" ? arg.unit : undefined, text };
      }
      case "BinaryExpression":
        return { unit: binary(node.operator as string, node), text };
      case "CallExpression":
        return call(node, text);
      case "Literal":
        return typeof node.value === "number" ? { text, literal: true } : { text };
      default:
        return { text };
    }
  }

  function binary(op: string, node: Node): string | undefined {
    const [l, r] = [visit(node.left as Node), visit(node.right as Node)];
    if (["+", "-", "??"].includes(op)) return meet(op, l, r);
    if ([">=", ">", "<=", "<", "==", "!="].includes(op)) {
      meet(op, l, r);
      return undefined;
    }
    if (op === "*") return product(l.unit, r.unit) ?? product(r.unit, l.unit);
    if (op === "/") return quotient(l.unit, r.unit);
    return undefined;
  }

  function call(node: Node, text: string): U {
    const callee = node.callee as Node;
    const name = callee.type === "Identifier" ? (callee.name as string) : "";
    const args = (node.arguments as Node[]).map(visit);
    if (name === "count") return { unit: PLAIN, text };
    if (Object.hasOwn(FUNCTION_UNITS, name)) return { unit: FUNCTION_UNITS[name], text, call: name };
    if (Object.hasOwn(SHIFT_UNITS, name) && args[1]) {
      meet(name, { unit: SHIFT_UNITS[name], text: `${name}(…)`, call: name }, args[1]);
      return { text };
    }
    if (name === "round" && args[0]) return { unit: args[0].unit, text };
    if ((name === "min" || name === "max") && args[0] && args[1])
      return { unit: meet(name, args[0], args[1]), text };
    return { text };
  }
  return { unit: visit(ast).unit, mismatches, bareFigures };
}

/**
 * `a × b` when `b` only scales `a` (a ratio, a plain number, a bare number) or pays it per month. A bare number
 * may itself be a number of months (`standard * 6`), so a monthly or yearly figure times it is not known.
 */
function product(a: string | undefined, b: string | undefined): string | undefined {
  if (a === PER_MONTH && b === "months") return "yuan";
  if (a === PER_MONTH && b === undefined) return undefined;
  if (b === undefined || b === "ratio" || b === PLAIN) return a === PLAIN && b === undefined ? PLAIN : a;
  return undefined;
}

/** `a ÷ b`: yuan over months is per month; yuan over a bare number (`low / 12`) may be, so it is not known. */
function quotient(a: string | undefined, b: string | undefined): string | undefined {
  if (a === "yuan" && b === "months") return PER_MONTH;
  if (a === "yuan" && b === undefined) return undefined;
  if (b === undefined || b === PLAIN) return a;
  return undefined;
}

/** The expression as written, from jsep's node (no positions are kept): enough to name a side. */
function source(node: Node): string {
  switch (node.type) {
    case "Identifier":
      return node.name as string;
    case "Literal":
      return String(node.raw);
    case "MemberExpression":
      return node.computed
        ? `${source(node.object as Node)}[${source(node.property as Node)}]`
        : (fieldPath(node) ?? "");
    case "CallExpression":
      return `${source(node.callee as Node)}(${(node.arguments as Node[]).map(source).join(", ")})`;
    case "UnaryExpression":
      return `${node.operator === "not" ? "not " : node.operator}${source(node.argument as Node)}`;
    case "BinaryExpression":
      return `${source(node.left as Node)} ${node.operator} ${source(node.right as Node)}`;
    default:
      return "…";
  }
}
