import type { Compiled, EvalContext } from "../expr/types.js";
import type { AmountRule, Computation, Condition, Program } from "../rules/program.js";
import { generateExpression, UNDECIDED } from "./generateExpression.js";

/**
 * The same program with every expression the engine evaluates — conditions, priority, caveats, amounts, named
 * values — run by generated JavaScript where it decides, and by the interpreter's closure where it does not
 * (an unknown, a call, a filter) or when an explanation is being traced. Whatever evaluates it gets the same
 * results as from the program itself. Filters keep their interpreted conditions.
 */
export function compiledProgram(program: Program): Program {
  const amount = program.amount && compiledAmount(program.amount);
  return {
    ...program,
    conditions: program.conditions.map(condition),
    ...(program.priority ? { priority: program.priority.map(condition) } : {}),
    ...(program.caveats ? { caveats: program.caveats.map((k) => ({ ...k, when: compiled(k.when) })) } : {}),
    ...(amount ? { amount } : {}),
    ...(program.named ? { named: program.named.map((n) => ({ ...n, expr: compiled(n.expr) })) } : {}),
  };
}

/** An expression run by generated code when it can decide, else (or while tracing) by the interpreter. */
export function compiled(expr: Compiled): Compiled {
  const generated = expr.ast && generateExpression(expr.ast);
  if (!generated) return expr;
  const interpreted = expr.evaluate;
  const evaluate = (ctx: EvalContext) => {
    if (ctx.tracer || ctx.item) return interpreted(ctx);
    const outcome = generated(ctx.fields, ctx.params, ctx.asOf);
    return outcome === UNDECIDED ? interpreted(ctx) : outcome;
  };
  return { ...expr, evaluate };
}

function condition(c: Condition): Condition {
  return { ...c, test: compiled(c.test) };
}

function compiledAmount(rule: AmountRule): AmountRule {
  const c = rule.continueUntil;
  return {
    ...rule,
    ...(rule.value ? { value: computation(rule.value) } : {}),
    ...(rule.months ? { months: computation(rule.months) } : {}),
    ...(c ? { continueUntil: { ...c, date: compiled(c.date), withinMonths: compiled(c.withinMonths) } } : {}),
  };
}

function computation(c: Computation): Computation {
  if (c.kind === "expression") return { kind: "expression", expr: compiled(c.expr) };
  if (c.kind === "tiers")
    return {
      kind: "tiers",
      by: compiled(c.by),
      tiers: c.tiers.map((t) => ({
        ...t,
        value: compiled(t.value),
        ...(t.fromExpr ? { fromExpr: compiled(t.fromExpr) } : {}),
        ...(t.belowExpr ? { belowExpr: compiled(t.belowExpr) } : {}),
      })),
    };
  return {
    kind: "firstMatch",
    cases: c.cases.map((k) => ({
      ...k,
      value: compiled(k.value),
      ...(k.when ? { when: compiled(k.when) } : {}),
    })),
  };
}
