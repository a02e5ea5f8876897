import { fieldPath, type Node } from "../expr/parse.js";
import { type Message, message } from "../messages/index.js";
import { datesOfChange } from "./parameterDates.js";
import type { Case, Parameter } from "./program.js";

type Problem = { index: number; code: string; message: string };

/** A tier problem as a catalogue message: worded where it is shown, in the run's language. */
export type TierProblem = { index: number; code: string; says: Message };

/** Tiers must be listed in order and meet exactly: each `below` is the next `from`. */
export function tierProblems(ranges: readonly { from?: number; below?: number }[]): TierProblem[] {
  const problems: TierProblem[] = [];
  ranges.forEach((t, i) => {
    const tier = i + 1;
    if (t.from !== undefined && t.below !== undefined && t.from >= t.below)
      problems.push({
        index: i,
        code: "rule/tier-empty",
        says: message("tier/empty", { tier, from: t.from, below: t.below }),
      });
    const prev = ranges[i - 1];
    if (!prev) return;
    const prevEnd = prev.below ?? Number.POSITIVE_INFINITY;
    const start = t.from ?? Number.NEGATIVE_INFINITY;
    if (start < prevEnd)
      problems.push({
        index: i,
        code: "rule/tiers-overlap",
        says: message("tier/overlap", { tier, from: show(t.from), below: show(prev.below) }),
      });
    else if (start > prevEnd)
      problems.push({
        index: i,
        code: "rule/tiers-gap",
        says: message("tier/gap", { tier, end: prevEnd, start }),
      });
  });
  return problems;
}

function show(n: number | undefined): string {
  return n === undefined ? "∞" : String(n);
}

type Interval = { field: string; lo: number; loIn: boolean; hi: number; hiIn: boolean };

/** A bound's number: a literal, or a parameter's value on the date checked (undefined: cannot be placed). */
type NumberOf = (name: string) => number | undefined;

/**
 * First-match cases whose condition is already covered by earlier cases, so they can never apply. A bound may
 * be a parameter (`x >= minMonths`, the house style): the cases are checked with its value on every date one of
 * those parameters changes, as tiers are (analyst F4). Each case once.
 */
export function unreachableCases(
  cases: readonly Case[],
  parameters: ReadonlyMap<string, Parameter> = new Map(),
): Problem[] {
  const found = new Map<number, Problem>();
  const named = new Set(cases.flatMap((c) => (c.when?.params ?? []).filter((n) => parameters.has(n))));
  for (const { numberOf } of datesOfChange(named, parameters)) {
    const earlier: Interval[] = [];
    cases.forEach((c, i) => {
      const ast = c.when?.ast;
      const interval = ast && intervalOf(ast, numberOf, parameters);
      if (!interval) return;
      const sameField = earlier.filter((e) => e.field === interval.field);
      if (sameField.length && covered(interval, sameField) && !found.has(i))
        found.set(i, {
          index: i,
          code: "rule/case-unreachable",
          message: `case ${i + 1} can never match: earlier cases already cover every value of ${interval.field} it accepts`,
        });
      earlier.push(interval);
    });
  }
  return [...found.values()];
}

const FULL = { lo: Number.NEGATIVE_INFINITY, loIn: false, hi: Number.POSITIVE_INFINITY, hiIn: false };

/** The interval a condition like `x >= 6` or `x >= 6 and x < minMonths` accepts, for one field. */
function intervalOf(
  node: Node,
  numberOf: NumberOf,
  parameters: ReadonlyMap<string, Parameter>,
): Interval | undefined {
  if (node.type !== "BinaryExpression") return undefined;
  const op = node.operator as string;
  if (op === "and") {
    const [a, b] = [node.left as Node, node.right as Node].map((n) => intervalOf(n, numberOf, parameters));
    if (!a || !b || a.field !== b.field) return undefined;
    return intersection(a, b);
  }
  return atomOf(node, numberOf, parameters);
}

/** `field op bound` with a number or a parameter as the bound, as the interval it accepts. */
function atomOf(
  node: Node,
  numberOf: NumberOf,
  parameters: ReadonlyMap<string, Parameter>,
): Interval | undefined {
  if (node.type !== "BinaryExpression") return undefined;
  const left = fieldPath(node.left as Node);
  const right = node.right as Node;
  if (!left || parameters.has(left)) return undefined;
  const n =
    right.type === "Literal" && typeof right.value === "number"
      ? right.value
      : right.type === "Identifier" && parameters.has(right.name as string)
        ? numberOf(right.name as string)
        : undefined;
  if (n === undefined) return undefined;
  const bound = {
    ">=": { lo: n, loIn: true },
    ">": { lo: n, loIn: false },
    "<=": { hi: n, hiIn: true },
    "<": { hi: n, hiIn: false },
    "==": { lo: n, loIn: true, hi: n, hiIn: true },
  }[node.operator as string];
  return bound && { field: left, ...FULL, ...bound };
}

function intersection(a: Interval, b: Interval): Interval {
  const lo = a.lo > b.lo || (a.lo === b.lo && !a.loIn) ? a : b;
  const hi = a.hi < b.hi || (a.hi === b.hi && !a.hiIn) ? a : b;
  return { field: a.field, lo: lo.lo, loIn: lo.loIn, hi: hi.hi, hiIn: hi.hiIn };
}

/**
 * Why a condition can never be true (analyst F2), or undefined: two bounds of one field joined by `and` that
 * leave no value (`x >= minMonths and x < 6`, checked on every date the parameters change), or a fact and its
 * negation (`p and not p`).
 */
export function neverTrue(node: Node, parameters: ReadonlyMap<string, Parameter>): Message | undefined {
  const parts = conjuncts(node);
  const facts = parts.map((p) => fieldPath(p)).filter((p) => p !== undefined);
  for (const p of parts) {
    const negated = p.type === "UnaryExpression" && p.operator === "not" && fieldPath(p.argument as Node);
    if (negated && facts.includes(negated)) return message("check/neverTrueBoth", { field: negated });
  }
  const right = parts.map((p) => p.right as Node | undefined);
  const names = new Set(right.flatMap((r) => (r?.type === "Identifier" ? [r.name as string] : [])));
  for (const { numberOf } of datesOfChange(names, parameters)) {
    const atoms = parts.map((p) => atomOf(p, numberOf, parameters)).filter((a) => a !== undefined);
    for (const a of atoms) {
      const all = atoms.filter((b) => b.field === a.field).reduce(intersection);
      if (all.lo > all.hi || (all.lo === all.hi && !(all.loIn && all.hiIn)))
        return message("check/neverTrueRange", {
          field: a.field,
          from: String(all.lo),
          fromIn: all.loIn,
          to: String(all.hi),
          toIn: all.hiIn,
        });
    }
  }
  return undefined;
}

/** The parts of a chain of `and`s. */
function conjuncts(node: Node): Node[] {
  return node.type === "BinaryExpression" && node.operator === "and"
    ? [...conjuncts(node.left as Node), ...conjuncts(node.right as Node)]
    : [node];
}

/** Whether the union of `by` contains every point of `x`. */
function covered(x: Interval, by: readonly Interval[]): boolean {
  const sorted = [...by].sort((a, b) => a.lo - b.lo || (a.loIn === b.loIn ? 0 : a.loIn ? -1 : 1));
  // The first point not yet known to be covered: `p` itself when `pIn`, else everything just above `p`.
  let p = x.lo;
  let pIn = x.loIn;
  for (const s of sorted) {
    const startsInTime = s.lo < p || (s.lo === p && (s.loIn || !pIn));
    if (!startsInTime) break;
    if (s.hi > p || (s.hi === p && s.hiIn && pIn)) {
      p = s.hi;
      pIn = !s.hiIn;
    }
  }
  return p > x.hi || (p === x.hi && (!pIn || !x.hiIn));
}

/**
 * Whether an expression can come out unknown: false when every field it reads has a default (`??`).
 * `known` names the bare identifiers that are always known (parameters, `asOf`); others are record fields.
 */
export function mayBeUnknown(node: Node, known: ReadonlySet<string>): boolean {
  const may = (n: Node) => mayBeUnknown(n, known);
  switch (node.type) {
    case "Literal":
    case "ArrayExpression":
      return false;
    case "Identifier":
      return !known.has(node.name as string);
    case "MemberExpression":
      return true;
    case "UnaryExpression":
      return may(node.argument as Node);
    case "BinaryExpression":
      if (node.operator === "??") return may(node.right as Node);
      return may(node.left as Node) || may(node.right as Node);
    case "CallExpression": {
      const callee = node.callee as Node;
      if (callee.type === "Identifier" && callee.name === "count") return true;
      return (node.arguments as Node[]).some(may);
    }
    default:
      return true;
  }
}

/** The profile field paths an expression defaults with `??` (read on the left of a `??`). */
export function defaultedFields(node: Node): string[] {
  const out = new Set<string>();
  const collect = (n: Node, left: boolean) => {
    if (n.type === "MemberExpression" && !n.computed) {
      const path = fieldPath(n);
      if (path && left) out.add(path);
      return;
    }
    for (const [key, child] of Object.entries(n)) {
      const isLeft = left || (n.type === "BinaryExpression" && n.operator === "??" && key === "left");
      if (Array.isArray(child))
        for (const c of child) c && typeof c === "object" && collect(c as Node, isLeft);
      else if (child && typeof child === "object" && "type" in child) collect(child as Node, isLeft);
    }
  };
  collect(node, false);
  return [...out];
}
