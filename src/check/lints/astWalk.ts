import type { Node } from "../../expr/parse.js";

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
