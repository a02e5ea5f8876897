import Big from "big.js";
import { didYouMean } from "../diagnostics.js";
import { arithmeticStep, defaultStep, lookupStep, resultUnit } from "./evaluateSteps.js";
import { functionSuggestion } from "./functionSynonyms.js";
import { applyFunction, FUNCTIONS } from "./functions.js";
import { ARITHMETIC, and, equalsOp, inOp, negate, ORDER, or, orderOp, strict1 } from "./operators.js";
import { fieldPath, type Node } from "./parse.js";
import { type Reads, readsOf, recordComparison } from "./recordSteps.js";
import { typeChecks } from "./typeChecks.js";
import { type Compiled, type EvalContext, type Scope, T, type Type, typeName } from "./types.js";
import { type Outcome, Unknown } from "./values.js";

/** A problem found while checking an expression; the caller locates it in the file. */
/** `name`: the unknown name the problem is about, so the caller can point at it, not at the expression. */
export type ExpressionProblem = { code: string; message: string; name?: string };

type Ev = (ctx: EvalContext) => Outcome;
/** `refs`: the fields a table key depends on, named when the table has no entry for it. */
type C = {
  type: Type;
  unit?: string;
  evaluate: Ev;
  literal?: string;
  refs?: readonly string[];
  constant?: true;
  /** The field path or parameter name, when the expression is nothing else (for plain explanations). */
  name?: string;
  /** The filter a `count(…)` counts the records of (for plain explanations: 人 for a list of people). */
  counts?: string;
};

/** Check an expression against a scope and compile it to a closure; problems are collected, not thrown. */
export function compileExpression(ast: Node, scope: Scope, problems: ExpressionProblem[]): Compiled {
  const fields: string[] = [];
  const params: string[] = [];
  let readsAsOf = false;
  const fail = (code: string, message: string, name?: string): C => {
    problems.push({ code, message, name });
    return { type: T.any, evaluate: () => new Unknown([]) };
  };

  function visit(node: Node): C {
    switch (node.type) {
      case "Literal":
        return literal(node as unknown as { value: unknown; raw: string });
      case "Identifier":
        return name((node as unknown as { name: string }).name);
      case "MemberExpression":
        return member(node);
      case "ArrayExpression":
        return array(node.elements as (Node | null)[]);
      case "UnaryExpression":
        return unary(node.operator as string, visit(node.argument as Node));
      case "BinaryExpression":
        return binary(node.operator as string, node.left as Node, node.right as Node);
      case "CallExpression":
        return call(node);
      default:
        return fail(
          "expr/syntax",
          node.type === "Compound"
            ? "unexpected text after the expression: a missing operator, or an unfinished `and`/`or`?"
            : `unsupported expression (${node.type})`,
        );
    }
  }

  function literal({ value, raw }: { value: unknown; raw: string }): C {
    if (typeof value === "number") {
      const n = new Big(raw);
      return { type: T.number, evaluate: () => n, constant: true };
    }
    if (typeof value === "string")
      return { type: T.string, evaluate: () => value, literal: value, constant: true };
    if (typeof value === "boolean") return { type: T.boolean, evaluate: () => value };
    return fail("expr/syntax", `unsupported literal ${raw}`);
  }

  function name(id: string): C {
    if (id === "asOf") {
      readsAsOf = true;
      return { type: T.date, evaluate: (ctx) => ctx.asOf };
    }
    const r = scope.recordField?.(id);
    if (r) {
      return {
        type: r.type,
        unit: r.unit,
        evaluate: (ctx) => ctx.item?.[id] ?? new Unknown([`${ctx.itemPath}.${id}`]),
      };
    }
    const p = scope.param(id);
    if (p) {
      if (!params.includes(id)) params.push(id);
      // No value in force on this date: what is missing is the parameter's value, and it is named.
      const notInForce = new Unknown([`param:${id}`]);
      return {
        type: p.type,
        unit: p.unit,
        name: id,
        evaluate: (ctx) => {
          ctx.tracer?.parameter(id);
          return ctx.params.get(id) ?? notInForce;
        },
      };
    }
    return fail(
      "expr/unknown-name",
      `unknown parameter or field \`${id}\`${didYouMean(id, scope.paramNames())}`,
      id,
    );
  }

  function member(node: Node): C {
    if (node.computed) {
      const table = node.object as Node;
      const label = table.type === "Identifier" ? (table.name as string) : "";
      return lookup(label, visit(table), visit(node.property as Node));
    }
    const path = fieldPath(node);
    if (!path) return fail("expr/syntax", "only field paths like `person.birthDate` may use a dot");
    const f = scope.field(path);
    if (!f)
      return fail(
        "expr/unknown-field",
        `undeclared field \`${path}\`${didYouMean(path, scope.fieldPaths())}`,
        path,
      );
    if (!fields.includes(path)) fields.push(path);
    const unknown = new Unknown([path]);
    return {
      type: f.type,
      unit: f.unit,
      refs: [path],
      name: path,
      evaluate: (ctx) => {
        ctx.tracer?.field(path);
        return ctx.fields.get(path) ?? unknown;
      },
    };
  }

  function lookup(label: string, table: C, key: C): C {
    if (table.type.base !== "table")
      return fail("expr/type", `only a table parameter can be indexed with [ ]`);
    const of = table.type.of;
    const notCovered = new Unknown(key.refs ?? []);
    return {
      type: of,
      unit: table.unit,
      refs: key.refs,
      evaluate: lookupStep(label, table, key.evaluate, notCovered),
    };
  }

  function array(elements: (Node | null)[]): C {
    const items = elements.map((e) => (e ? visit(e) : fail("expr/syntax", "empty array element")));
    if (items.some((i) => i.literal === undefined))
      return fail("expr/type", "a list must hold string literals only");
    const values = items.map((i) => i.literal as string);
    return { type: { base: "list", values }, evaluate: () => values };
  }

  function unary(op: string, arg: C): C {
    if (op === "not") {
      expect(arg, "boolean", "`not`");
      return { type: T.boolean, evaluate: (ctx) => negate(arg.evaluate(ctx)) };
    }
    if (op === "-") {
      expect(arg, "number", "unary `-`");
      return {
        type: T.number,
        unit: arg.unit,
        evaluate: (ctx) => strict1(arg.evaluate(ctx), (v) => (v as Big).neg()),
      };
    }
    return fail("expr/syntax", `unsupported operator \`${op}\``);
  }

  function binary(op: string, leftNode: Node, rightNode: Node): C {
    const left = visit(leftNode);
    const right = visit(rightNode);
    if (op === "and" || op === "or") {
      expect(left, "boolean", `\`${op}\``);
      expect(right, "boolean", `\`${op}\``);
      return {
        type: T.boolean,
        evaluate: op === "and" ? and(left.evaluate, right.evaluate) : or(left.evaluate, right.evaluate),
      };
    }
    if (op === "??") {
      sameType(left, right, "??");
      return {
        type: left.type,
        unit: left.unit,
        refs: left.refs,
        evaluate: defaultStep(left.evaluate, right.evaluate),
      };
    }
    if (op === "in") return membership(left, right);
    const reads: [Reads, Reads] = [readsOf(leftNode, scope), readsOf(rightNode, scope)];
    if (op === "==" || op === "!=") return equality(op, left, right, reads);
    if (ORDER.has(op)) return ordering(op, left, right, reads);
    const arith = ARITHMETIC[op];
    if (arith) return arithmetic(arith, left, right);
    return fail("expr/syntax", `unsupported operator \`${op}\``);
  }

  function arithmetic(arith: (typeof ARITHMETIC)[string], left: C, right: C): C {
    expect(left, "number", `\`${arith.symbol}\``);
    expect(right, "number", `\`${arith.symbol}\``);
    const unit = resultUnit(arith.symbol, left.unit, right.unit);
    return {
      type: T.number,
      unit,
      refs: [...(left.refs ?? []), ...(right.refs ?? [])],
      evaluate: arithmeticStep(arith, left, right, unit),
    };
  }

  function equality(op: string, left: C, right: C, reads: [Reads, Reads]): C {
    sameType(left, right, op);
    if (["list", "records", "table"].includes(left.type.base))
      problems.push({
        code: "expr/type",
        message: `\`${op}\` compares single values; for lists use \`in\` or \`hasAny\``,
      });
    else {
      checkEnumLiteral(left, right);
      checkEnumLiteral(right, left);
    }
    const evaluate = equalsOp(op === "==", left.evaluate, right.evaluate);
    return { type: T.boolean, evaluate: recorded(op, left, right, reads, evaluate) };
  }

  function ordering(op: string, left: C, right: C, reads: [Reads, Reads]): C {
    sameType(left, right, op);
    if (left.type.base !== "number" && left.type.base !== "date" && left.type.base !== "any")
      problems.push({
        code: "expr/type",
        message: `\`${op}\` compares numbers or dates, not ${typeName(left.type)}`,
      });
    const evaluate = orderOp(op, left.evaluate, right.evaluate);
    return { type: T.boolean, evaluate: recorded(op, left, right, reads, evaluate) };
  }

  function recorded(op: string, left: C, right: C, [l, r]: [Reads, Reads], evaluate: Ev): Ev {
    const side = (c: C, reads: Reads) => ({ evaluate: c.evaluate, unit: c.unit, reads });
    return recordComparison(op as "<", side(left, l), side(right, r), evaluate);
  }

  function membership(left: C, right: C): C {
    expect(left, "string", "left of `in`");
    if (right.type.base !== "list" && right.type.base !== "table" && right.type.base !== "any")
      problems.push({
        code: "expr/type",
        message: `right of \`in\` must be a list, not ${typeName(right.type)}`,
      });
    checkEnumLiteral(left, right);
    return { type: T.boolean, evaluate: inOp(left.evaluate, right.evaluate) };
  }

  function call(node: Node): C {
    const callee = node.callee as Node;
    const fname = callee.type === "Identifier" ? (callee.name as string) : "";
    if (fname === "count") return count(node.arguments as Node[]);
    const def = Object.hasOwn(FUNCTIONS, fname) ? FUNCTIONS[fname] : undefined;
    if (!def)
      return fail(
        "expr/unknown-function",
        `unknown function \`${fname}\`${functionSuggestion(fname, Object.keys(FUNCTIONS))}`,
        fname,
      );
    const args = (node.arguments as Node[]).map(visit);
    if (args.length !== def.args.length)
      return fail("expr/arity", `\`${fname}\` takes ${def.args.length} arguments, got ${args.length}`);
    const before = problems.length;
    checkCall(fname, def, args);
    // A call with a problem is never run, not even once to fold its literal arguments.
    if (problems.length > before) return { type: def.returns, evaluate: () => new Unknown([]) };
    return applyFunction(fname, def, args);
  }

  function count(args: Node[]): C {
    const arg = args[0];
    const filterName = args.length === 1 && arg?.type === "Identifier" ? (arg.name as string) : "";
    const filter = scope.filter?.(filterName);
    if (!filter)
      return fail("expr/unknown-name", "`count` takes the name of one filter declared under `filters:`");
    readsAsOf = true; // a filter's conditions may read the date
    return { type: T.number, counts: filterName, evaluate: (ctx) => filter.evaluate(ctx).count };
  }

  const { checkCall, checkEnumLiteral, expect, sameType } = typeChecks(problems);

  const root = visit(ast);
  return { type: root.type, unit: root.unit, fields, params, readsAsOf, evaluate: root.evaluate };
}
