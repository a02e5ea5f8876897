import Big from "big.js";
import { FUNCTIONS } from "../expr/functions.js";
import { ordered } from "../expr/operators.js";
import { fieldPath, type Node } from "../expr/parse.js";
import { type Outcome, Unknown } from "../expr/values.js";
import { callMemo } from "./callMemo.js";

/**
 * The fields an argument names when the tracer is told it went unread: as the interpreter's `refs` (a field, a
 * table key's fields, the left of `??`, both sides of arithmetic).
 */
function refsOf(node: Node): string[] {
  if (node.type === "MemberExpression") {
    if (node.computed) return refsOf(node.property as Node);
    const p = fieldPath(node);
    return p ? [p] : [];
  }
  if (node.type !== "BinaryExpression") return [];
  if (node.operator === "??") return refsOf(node.left as Node);
  return ARITHMETIC[node.operator as string]
    ? [...refsOf(node.left as Node), ...refsOf(node.right as Node)]
    : [];
}

/** Not generated (`count`, a record field): the whole expression stays interpreted. */
export class Unsupported extends Error {}

const ORDER: Record<string, string> = { "<": "< 0", "<=": "<= 0", ">": "> 0", ">=": ">= 0" };
/** The interpreter's own comparison of an unknown (its bounds may still decide), given the two sides. */
const BOUNDED = Object.fromEntries(Object.keys(ORDER).map((op) => [op, ordered(op)]));
const ARITHMETIC: Record<string, string> = { "+": "plus", "-": "minus", "*": "times", "/": "div" };

/**
 * How generated code reads a field and a parameter: the JavaScript expression that gives its value (`F.get(…)`,
 * or a local that read it once for a whole program's conditions).
 */
export interface Reads {
  field(path: string): string;
  param(name: string): string;
  /** The statement that leaves the expression to the interpreter (`return U;`, or a break out of its block). */
  readonly giveUp: string;
}

/** The code of a function that reads `F` (fields), `P` (parameters), `D` (the date) and `T` (taken defaults). */
export interface Emitter {
  /** Statements computing `node` into a fresh temporary, pushed to `out`; the temporary's name. Throws Unsupported. */
  emit(node: Node, out: string[]): string;
  /** The constants the code names as `K[i]`. */
  readonly consts: unknown[];
  /** How many temporaries `t0…` the code uses. */
  temps(): number;
}

/** The emitter of generated rule expressions (see `generateExpression`). */
export function emitter(reads: Reads): Emitter {
  const consts: unknown[] = [];
  let temps = 0;
  const temp = () => `t${temps++}`;
  const constant = (v: unknown) => `K[${consts.push(v) - 1}]`;
  const known = (t: string) => `if (${t} == null || ${t} instanceof Unk) ${reads.giveUp}`;
  const isBoolean = (t: string) =>
    `if (${t} !== true && ${t} !== false && !(${t} instanceof Unk)) ${reads.giveUp}`;
  /** `then` when both sides are known, else the interpreter's merge of their unknowns. */
  const merged = (l: string, r: string, t: string, then: string[]) => [
    `if (${l} instanceof Unk || ${r} instanceof Unk) ${t} = MU2(${l}, ${r}); else {`,
    ...then,
    "}",
  ];

  /** Emit statements computing `node` into a fresh temporary; its name. */
  function emit(node: Node, out: string[]): string {
    const t = temp();
    switch (node.type) {
      case "Literal": {
        const value = literalValue(node);
        out.push(`${t} = ${value instanceof Big ? constant(value) : JSON.stringify(value)};`);
        return t;
      }
      case "Identifier": {
        const id = node.name as string;
        out.push(id === "asOf" ? `${t} = D;` : `${t} = ${reads.param(id)}; ${known(t)}`);
        return t;
      }
      case "MemberExpression":
        if (node.computed) return lookup(node, t, out);
        {
          // A blank field is the interpreter's unknown naming it; a value that is itself unknown (bounds) is not.
          const p = path(node);
          out.push(
            `${t} = ${reads.field(p)}; if (${t} == null) ${t} = ${constant(new Unknown([p]))}; else if (${t} instanceof Unk) ${reads.giveUp}`,
          );
        }
        return t;
      case "ArrayExpression": {
        const items = node.elements as (Node | null)[];
        if (!items.every((e) => e?.type === "Literal" && typeof e.value === "string"))
          throw new Unsupported();
        out.push(`${t} = ${constant(items.map((e) => (e as Node).value))};`);
        return t;
      }
      case "UnaryExpression": {
        const a = emit(node.argument as Node, out);
        if (node.operator === "not") out.push(`${isBoolean(a)} ${t} = ${a} instanceof Unk ? ${a} : !${a};`);
        else if (node.operator === "-")
          out.push(
            `if (${a} instanceof Unk) ${t} = new Unk(${a}.fields); else if (!(${a} instanceof Big)) ${reads.giveUp} else ${t} = ${a}.neg();`,
          );
        else throw new Unsupported();
        return t;
      }
      case "BinaryExpression":
        return binary(node, t, out);
      case "CallExpression":
        return call(node, t, out);
      default:
        throw new Unsupported();
    }
  }

  function path(node: Node): string {
    const p = fieldPath(node);
    if (!p) throw new Unsupported();
    return p;
  }

  function lookup(node: Node, t: string, out: string[]): string {
    const table = emit(node.object as Node, out);
    const key = emit(node.property as Node, out);
    const text = temp();
    out.push(
      `if (${table} instanceof Unk) ${reads.giveUp}`,
      `if (typeof ${key} === "string") ${text} = ${key}; else if (${key} instanceof Big) ${text} = ${key}.toString();`,
      `else if (${key} instanceof Date) ${text} = fmtDate(${key}); else ${reads.giveUp}`,
      `if (typeof ${table} !== "object" || !Object.hasOwn(${table}, ${text})) ${reads.giveUp}`,
      `${t} = ${table}[${text}]; if (${t} === undefined) ${reads.giveUp}`,
    );
    return t;
  }

  /**
   * A whitelisted function, called with known arguments exactly as the interpreter calls it (the same `call`);
   * an unknown argument or result (a bound, a date out of range) is the interpreter's. A call of literals only
   * is computed here once, as the interpreter folds it when the rules load.
   */
  function call(node: Node, t: string, out: string[]): string {
    const callee = node.callee as Node;
    const name = callee.type === "Identifier" ? (callee.name as string) : "";
    const def = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    const argNodes = node.arguments as Node[];
    if (!def || argNodes.length !== def.args.length) throw new Unsupported();
    if (def.strict && argNodes.every((a) => a.type === "Literal")) {
      const folded = def.call(argNodes.map(literalValue));
      if (folded instanceof Unknown) throw new Unsupported();
      out.push(`${t} = ${constant(folded)};`);
      return t;
    }
    if (argNodes.length > 4) throw new Unsupported();
    const args = argNodes.map((a) => emit(a, out));
    const called = temp();
    // A strict function of an unknown is the unknown of its arguments; the others read unknowns themselves.
    const anyUnknown = args.map((a) => `${a} instanceof Unk`).join(" || ");
    out.push(
      def.strict ? `if (${anyUnknown}) ${t} = MU(${args.join(", ")}); else {` : "{",
      `${called} = ${constant(callMemo(def))}(${args.join(", ")}); ${t} = ${called}.value;`,
    );
    // An argument the call did not read for these values was not assumed either (the tracer's rule).
    if (def.unusedArgs)
      out.push(
        `if (T) for (const i of ${called}.unused) for (const f of ${constant(argNodes.map(refsOf))}[i]) T.delete(f);`,
      );
    // An unknown without fields that the interpreter rewords (unknownAsks) is its own.
    out.push(def.unknownAsks ? `if (${t} instanceof Unk && !${t}.fields.length) ${reads.giveUp} }` : "}");
    return t;
  }

  function literalValue(node: Node): Outcome {
    const { value, raw } = node as unknown as { value: unknown; raw: string };
    if (typeof value === "number") return new Big(raw);
    if (typeof value === "string" || typeof value === "boolean") return value;
    throw new Unsupported();
  }

  function binary(node: Node, t: string, out: string[]): string {
    const op = node.operator as string;
    if (op === "and" || op === "or") {
      // Short-circuit as the interpreter does: the right side is read only when the left does not decide.
      const left = emit(node.left as Node, out);
      const right: string[] = [];
      const r = emit(node.right as Node, right);
      const stop = op === "and" ? "false" : "true";
      const go = op === "and" ? "true" : "false";
      out.push(
        `${isBoolean(left)} if (${left} === ${stop}) ${t} = ${stop}; else {`,
        ...right,
        `${isBoolean(r)} if (${r} === ${stop}) ${t} = ${stop};`,
        `else if (${left} === ${go} && ${r} === ${go}) ${t} = ${go}; else ${t} = MU2(${left}, ${r}); }`,
      );
      return t;
    }
    if (op === "??") {
      const leftNode = node.left as Node;
      const fieldPath =
        leftNode.type === "MemberExpression" && !leftNode.computed ? path(leftNode) : undefined;
      const field = fieldPath && JSON.stringify(fieldPath);
      const read =
        leftNode.type === "Identifier" && leftNode.name !== "asOf"
          ? reads.param(leftNode.name as string)
          : fieldPath && reads.field(fieldPath);
      if (!read) throw new Unsupported();
      const right: string[] = [];
      const r = emit(node.right as Node, right);
      // The default of a field is recorded; that of a parameter may name fields only the interpreter knows.
      const record = field ? `if (T) T.add(${field});` : "";
      const open = field ? "" : `if (T) ${reads.giveUp}`;
      out.push(
        `${t} = ${read}; if (${t} == null || ${t} instanceof Unk) { ${open}`,
        ...right,
        `if (${r} instanceof Unk) ${reads.giveUp} ${t} = ${r}; ${record} }`,
      );
      return t;
    }
    const l = emit(node.left as Node, out);
    const r = emit(node.right as Node, out);
    if (op === "==" || op === "!=") {
      // Against a written text or truth value `equal` is `===`: said so, without the call.
      const plain = [node.left, node.right].some(
        (n) => (n as Node).type === "Literal" && typeof (n as Node).value !== "number",
      );
      const same = plain ? `${l} === ${r}` : `EQ(${l}, ${r})`;
      out.push(...merged(l, r, t, [`${t} = ${same} === ${op === "=="};`]));
    } else if (ORDER[op])
      out.push(
        `if (${l} instanceof Unk || ${r} instanceof Unk) ${t} = ${constant(BOUNDED[op])}(${l}, ${r});`,
        `else ${t} = CMP(${l}, ${r}) ${ORDER[op]};`,
      );
    else if (op === "in")
      out.push(
        ...merged(l, r, t, [`${t} = Array.isArray(${r}) ? ${r}.includes(${l}) : Object.hasOwn(${r}, ${l});`]),
      );
    else if (ARITHMETIC[op])
      out.push(
        ...merged(l, r, t, [
          `if (!(${l} instanceof Big) || !(${r} instanceof Big)) ${reads.giveUp}`,
          // A division by zero is an unknown amount, which only the interpreter words.
          ...(op === "/" ? [`if (${r}.eq(0)) ${reads.giveUp}`] : []),
          `${t} = ${l}.${ARITHMETIC[op]}(${r});`,
        ]),
      );
    else throw new Unsupported();
    return t;
  }

  return { emit, consts, temps: () => temps };
}
