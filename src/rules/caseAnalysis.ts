import { fieldPath, type Node } from "../expr/parse.js";
import { type Message, message } from "../messages/index.js";
import type { Case } from "./program.js";

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

/** First-match cases whose condition is already covered by earlier cases, so they can never apply. */
export function unreachableCases(cases: readonly Case[]): Problem[] {
  const problems: Problem[] = [];
  const earlier: Interval[] = [];
  cases.forEach((c, i) => {
    const ast = c.when?.ast;
    const interval = ast && intervalOf(ast);
    if (!interval) return;
    const sameField = earlier.filter((e) => e.field === interval.field);
    if (sameField.length && covered(interval, sameField))
      problems.push({
        index: i,
        code: "rule/case-unreachable",
        message: `case ${i + 1} can never match: earlier cases already cover every value of ${interval.field} it accepts`,
      });
    earlier.push(interval);
  });
  return problems;
}

const FULL = { lo: Number.NEGATIVE_INFINITY, loIn: false, hi: Number.POSITIVE_INFINITY, hiIn: false };

/** The interval a condition like `x >= 6` or `x >= 6 and x < 12` accepts, for one field. */
function intervalOf(node: Node): Interval | undefined {
  if (node.type !== "BinaryExpression") return undefined;
  const op = node.operator as string;
  if (op === "and") {
    const [a, b] = [intervalOf(node.left as Node), intervalOf(node.right as Node)];
    if (!a || !b || a.field !== b.field) return undefined;
    const lo = a.lo > b.lo || (a.lo === b.lo && !a.loIn) ? a : b;
    const hi = a.hi < b.hi || (a.hi === b.hi && !a.hiIn) ? a : b;
    return { field: a.field, lo: lo.lo, loIn: lo.loIn, hi: hi.hi, hiIn: hi.hiIn };
  }
  const left = fieldPath(node.left as Node);
  const right = node.right as Node;
  if (!left || right.type !== "Literal" || typeof right.value !== "number") return undefined;
  const n = right.value;
  const bound = {
    ">=": { lo: n, loIn: true },
    ">": { lo: n, loIn: false },
    "<=": { hi: n, hiIn: true },
    "<": { hi: n, hiIn: false },
    "==": { lo: n, loIn: true, hi: n, hiIn: true },
  }[op];
  return bound && { field: left, ...FULL, ...bound };
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
