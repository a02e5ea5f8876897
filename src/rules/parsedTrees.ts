import { isDeepStrictEqual } from "node:util";
import { type Node, parseExpression } from "../expr/parse.js";

// A tree is written as `[shape, ...values]`, its shape an index into a list of `[type, ...keys]` (every key of a
// node of that type, `type` among them, in jsep's order), a list as `[-1, ...items]`, anything else as it is:
// a quarter of the bytes of the trees in plain JSON, which a start reads with the bundle.
type Written = string | number | boolean | null | Written[];
const LIST = -1;

/**
 * The syntax trees of `texts` (the expressions of one rule file) as one text for the rule bundle; a tree that
 * would not come back as it is (a number past a double's range) is left out, and its text parsed when used.
 */
export function writeTrees(texts: Iterable<string>): string {
  const shapes: string[][] = [];
  const shapeOf = (node: Node) => {
    const shape = Object.keys(node).map((k) => (k === "type" ? `=${node.type}` : k));
    const key = shape.join(" ");
    const found = shapes.findIndex((s) => s.join(" ") === key);
    return found >= 0 ? found : shapes.push(shape) - 1;
  };
  const write = (value: unknown): Written => {
    if (Array.isArray(value)) return [LIST, ...value.map(write)];
    if (value !== null && typeof value === "object") {
      const node = value as Node;
      return [shapeOf(node), ...Object.entries(node).flatMap(([k, v]) => (k === "type" ? [] : [write(v)]))];
    }
    return value as Written;
  };
  const trees: [string, Written][] = [];
  for (const text of new Set(texts)) {
    const tree = parseExpression(text);
    const written = write(tree);
    if (isDeepStrictEqual(readTree(JSON.parse(JSON.stringify(written)), shapes), tree))
      trees.push([text, written]);
  }
  return JSON.stringify([shapes, trees]);
}

/** The trees `writeTrees` wrote, by expression text. */
export function readTrees(text: string): Map<string, Node> {
  const [shapes, trees] = JSON.parse(text) as [string[][], [string, Written][]];
  return new Map(trees.map(([expression, tree]) => [expression, readTree(tree, shapes) as Node]));
}

function readTree(written: Written, shapes: readonly string[][]): unknown {
  if (!Array.isArray(written)) return written;
  const [head, ...values] = written as [number, ...Written[]];
  if (head === LIST) return values.map((v) => readTree(v, shapes));
  const node: Record<string, unknown> = {};
  let next = 0;
  for (const key of shapes[head] as string[])
    if (key.startsWith("=")) node.type = key.slice(1);
    else node[key] = readTree(values[next++] as Written, shapes);
  return node;
}
