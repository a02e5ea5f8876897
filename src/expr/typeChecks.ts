import Big from "big.js";
import { didYouMean } from "../diagnostics.js";
import { isRegionCode } from "../regions/regions.js";
import type { FunctionDef } from "./functions.js";
import { type EvalContext, type Type, typeName } from "./types.js";
import { type Outcome, parseIsoDate } from "./values.js";

/** Decimal places a rule may round to: yuan, jiao, fen and well beyond, but within what big.js accepts. */
const MAX_PLACES = 20;

/** What the checks need to know of a compiled sub-expression. */
export type Typed = {
  type: Type;
  literal?: string;
  constant?: true;
  evaluate: (ctx: EvalContext) => Outcome;
};

/** The static checks of the expression language, each adding to `problems` rather than throwing. */
export function typeChecks(problems: { code: string; message: string }[]) {
  function checkLiteralArg(fname: string, arg: Typed, allowed?: readonly string[]): void {
    if (arg.literal === undefined) {
      problems.push({ code: "expr/literal", message: `\`${fname}\` needs a quoted literal here` });
    } else if (allowed && !allowed.includes(arg.literal)) {
      problems.push({
        code: "expr/literal",
        message: `\`${fname}\` does not know "${arg.literal}"; use one of ${allowed.join(", ")}${didYouMean(arg.literal, allowed)}`,
      });
    } else if (fname === "date" && !parseIsoDate(arg.literal)) {
      problems.push({ code: "expr/literal", message: `"${arg.literal}" is not a YYYY-MM-DD calendar date` });
    }
  }

  function checkEnumLiteral(value: Typed, other: Typed): void {
    const allowed = "values" in value.type ? value.type.values : undefined;
    const literals =
      other.literal !== undefined ? [other.literal] : "values" in other.type ? other.type.values : [];
    if (!allowed || value.literal !== undefined) return;
    for (const l of literals ?? []) {
      if (!allowed.includes(l))
        problems.push({
          code: "expr/type",
          message: `"${l}" is not one of ${allowed.join(", ")}${didYouMean(l, allowed)}`,
        });
    }
  }

  function expect(c: Typed, base: Type["base"], where: string): void {
    if (c.type.base !== base && c.type.base !== "any" && base !== "any")
      problems.push({ code: "expr/type", message: `${where} expects ${base}, got ${typeName(c.type)}` });
  }

  function sameType(left: Typed, right: Typed, op: string): void {
    const [l, r] = [left.type.base, right.type.base];
    if (l !== r && l !== "any" && r !== "any")
      problems.push({ code: "expr/type", message: `\`${op}\` compares ${l} with ${r}` });
  }

  /** The arguments of a whitelisted function: types, literals, whole numbers, region codes, enum values. */
  function checkCall(fname: string, def: FunctionDef, args: readonly Typed[]): void {
    def.args.forEach((base, i) => {
      expect(args[i] as Typed, base, `argument ${i + 1} of \`${fname}\``);
    });
    if (def.literal) checkLiteralArg(fname, args[def.literal.index] as Typed, def.literal.allowed);
    if (def.wholeNumberLiteral !== undefined) {
      const arg = args[def.wholeNumberLiteral] as Typed;
      const value = arg.constant ? arg.evaluate({} as EvalContext) : undefined;
      if (!(value instanceof Big && value.round(0).eq(value) && value.gte(0) && value.lte(MAX_PLACES)))
        problems.push({
          code: "expr/literal",
          message: `\`${fname}\` needs a whole number from 0 to ${MAX_PLACES} written here, e.g. 0 or 2`,
        });
    }
    if (def.wholeCount !== undefined) {
      const arg = args[def.wholeCount] as Typed;
      const value = arg.constant ? arg.evaluate({} as EvalContext) : undefined;
      if (value instanceof Big && !value.round(0, Big.roundDown).eq(value))
        problems.push({
          code: "expr/type",
          message: `\`${fname}\` counts whole units; ${value} is not a whole number`,
        });
    }
    if (def.numberAmong) {
      const arg = args[def.numberAmong.index] as Typed;
      const value = arg.constant ? arg.evaluate({} as EvalContext) : undefined;
      const allowed = def.numberAmong.allowed;
      if (value instanceof Big && !allowed.some((n) => value.eq(n)))
        problems.push({
          code: "expr/literal",
          message: `\`${fname}\` takes ${allowed.join(" or ")} here, not ${value}`,
        });
    }
    if (def.sameValues) checkEnumLiteral(args[def.sameValues[0]] as Typed, args[def.sameValues[1]] as Typed);
    const region = def.regionLiteral === undefined ? undefined : args[def.regionLiteral]?.literal;
    if (region !== undefined && !isRegionCode(region))
      problems.push({ code: "expr/literal", message: `"${region}" is not a GB/T 2260 region code` });
  }

  return { checkCall, checkEnumLiteral, expect, sameType };
}
