import type Big from "big.js";
import type { ComparisonRecord, ComparisonSide, Operand } from "./explainRecord.js";
import { fieldPath, type Node } from "./parse.js";
import { traced } from "./tracer.js";
import type { EvalContext, Scope } from "./types.js";
import { type Outcome, Unknown } from "./values.js";

type Ev = (ctx: EvalContext) => Outcome;

/** What a sub-expression reads, found from its syntax tree when it is compiled. */
export interface Reads {
  readonly fields: readonly string[];
  readonly params: readonly string[];
  readonly asOf: boolean;
  readonly name?: string;
  readonly literal?: boolean;
}

/** The fields, parameters and as-of date an expression reads, and its name when it is only a field or parameter. */
export function readsOf(node: Node, scope: Scope): Reads {
  const fields = new Set<string>();
  const params = new Set<string>();
  let asOf = false;
  const paramNames = new Set(scope.paramNames());
  const walk = (n: Node | null | undefined): void => {
    if (!n) return;
    if (n.type === "Identifier") {
      const id = n.name as string;
      if (id === "asOf") asOf = true;
      else if (paramNames.has(id)) params.add(id);
      return;
    }
    if (n.type === "MemberExpression" && !n.computed) {
      const path = fieldPath(n);
      if (path) fields.add(path);
      return;
    }
    if (n.type === "CallExpression") {
      for (const a of n.arguments as Node[]) walk(a);
      return;
    }
    for (const key of ["object", "property", "left", "right", "argument"]) walk(n[key] as Node | undefined);
    for (const e of (n.elements as (Node | null)[] | undefined) ?? []) walk(e);
  };
  walk(node);
  const bare =
    node.type === "Identifier" || (node.type === "MemberExpression" && !node.computed)
      ? fieldPath(node)
      : undefined;
  return {
    fields: [...fields],
    params: [...params],
    asOf,
    ...(bare && bare !== "asOf" ? { name: bare } : {}),
    ...(node.type === "Literal" ? { literal: true } : {}),
  };
}

/** A side of a comparison: a compiled operand with what it reads. */
export interface RecordedSide {
  readonly evaluate: Ev;
  readonly unit?: string;
  readonly reads: Reads;
}

/**
 * Wrap a comparison so that, when `ctx.tracer` is set, it records both sides and the outcome. The sides are
 * evaluated a second time without the trace: only explanations pay for it, never the batch path.
 */
export function recordComparison(
  op: ComparisonRecord["op"],
  left: RecordedSide,
  right: RecordedSide,
  evaluate: Ev,
): Ev {
  return (ctx) => {
    const result = evaluate(ctx);
    const tracer = ctx.tracer;
    if (tracer) {
      const quiet = traced(ctx, undefined);
      const side = (s: RecordedSide): ComparisonSide => ({
        value: s.evaluate(quiet),
        ...(s.unit ? { unit: s.unit } : {}),
        ...s.reads,
      });
      tracer.fact({
        kind: "compare",
        op,
        left: side(left),
        right: side(right),
        result: result instanceof Unknown ? null : (result as boolean),
      });
    }
    return result;
  };
}

/** The operand of an arithmetic record: its value, and its unit, name or counted filter when it has one. */
export function operand(
  value: Big,
  { unit, name, counts }: { unit?: string; name?: string; counts?: string },
): Operand {
  return { value, ...(unit ? { unit } : {}), ...(name ? { name } : {}), ...(counts ? { counts } : {}) };
}
