import { ExpressionSyntaxError, type Node, parseExpression } from "../../expr/parse.js";
import type { RuleFile } from "../../rules/schema.js";

type Path = (string | number)[];

/** One expression of a rule file, parsed, with where it stands and whether it computes money. */
export interface RuleExpression {
  readonly path: Path;
  readonly ast: Node;
  /** An amount's value, a case's or tier's value, or a named value an amount may read. */
  readonly money: boolean;
}

/** Every expression of a schema-valid rule file that parses (syntax errors are reported elsewhere). */
export function ruleExpressions(rule: RuleFile): RuleExpression[] {
  const out: RuleExpression[] = [];
  const add = (text: string, path: Path, money = false) => {
    try {
      out.push({ path, ast: parseExpression(text), money });
    } catch (e) {
      if (!(e instanceof ExpressionSyntaxError)) throw e;
    }
  };
  for (const [name, v] of Object.entries(rule.values ?? {})) add(v.value, ["values", name, "value"], true);
  for (const [name, f] of Object.entries(rule.filters))
    f.conditions.forEach((c, i) => {
      add(c.test, ["filters", name, "conditions", i, "test"]);
    });
  rule.conditions.forEach((c, i) => {
    add(c.test, ["conditions", i, "test"]);
  });
  for (const part of ["value", "months"] as const) {
    const c = rule.amount?.[part];
    const money = part === "value";
    if (typeof c === "string") add(c, ["amount", part], money);
    else if (c && "firstMatch" in c)
      c.firstMatch.forEach((k, i) => {
        if (k.when.trim() !== "otherwise") add(k.when, ["amount", part, "firstMatch", i, "when"]);
        add(k.value, ["amount", part, "firstMatch", i, "value"], money);
      });
    else if (c && "tiers" in c) {
      add(c.tiers.by, ["amount", part, "tiers", "by"]);
      c.tiers.ranges.forEach((t, i) => {
        add(t.value, ["amount", part, "tiers", "ranges", i, "value"], money);
      });
    }
  }
  return out;
}

/** Every node of an expression, depth first, with the chain of its ancestors (nearest last). */
export function* walk(node: Node, ancestors: Node[] = []): Generator<{ node: Node; ancestors: Node[] }> {
  yield { node, ancestors };
  const inner = [...ancestors, node];
  for (const key of ["left", "right", "argument", "object", "property", "callee"] as const) {
    const child = node[key] as Node | undefined;
    if (child && typeof child === "object" && "type" in child) yield* walk(child, inner);
  }
  for (const key of ["arguments", "elements"] as const)
    for (const child of (node[key] as (Node | null)[] | undefined) ?? [])
      if (child) yield* walk(child, inner);
}

/** The name of a called function, or undefined for anything but a call of a plain name. */
export function calleeName(node: Node): string | undefined {
  const callee = node.callee as Node | undefined;
  return node.type === "CallExpression" && callee?.type === "Identifier"
    ? (callee.name as string)
    : undefined;
}
