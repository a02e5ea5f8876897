import type { Diagnostic } from "../diagnostics.js";
import { type Compiled, type Declared, T } from "../expr/types.js";
import { message, sayMessage } from "../messages/index.js";
import type { OutlineExpression } from "./outline.js";
import type { Locator, NamedValue } from "./types.js";

export type { NamedValue };

/**
 * Compile a rule file's `values:` (the outline's named values) in the order written; each is declared (by its
 * type) before the next is compiled, so a value may read parameters and the values above it, never one below
 * (no cycles). A name that is already a parameter is a `rule/duplicate-id` error. Compiled values are pushed
 * onto `named`, which the compiler's own expressions read while this runs.
 */
export function compileNamedValues(
  values: readonly OutlineExpression[],
  labels: Record<string, { label: NamedValue["label"] }>,
  compile: (e: OutlineExpression) => Compiled,
  declared: Map<string, Declared>,
  src: Locator,
  named: NamedValue[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  values.forEach((e, i) => {
    const name = String(e.path[1]);
    if (declared.has(name)) {
      const message = `\`${name}\` is already a parameter; give the named value another name`;
      diagnostics.push(src.atKey(["values", name], "rule/duplicate-id", message));
      return;
    }
    // A value below this one exists, but is not yet readable: said so, not "unknown name" (analyst F8).
    const later = values
      .slice(i + 1)
      .map((v) => String(v.path[1]))
      .filter((n) => !declared.has(n) && new RegExp(`(?<![\\w.])${n}(?!\\w)`).test(e.text));
    for (const n of later) declared.set(n, { type: T.any });
    const expr = compile(e);
    for (const n of later) {
      declared.delete(n);
      const says = message("check/readsLater", { name: n });
      const offset = src.offsetInScalar([...e.path], e.text.indexOf(n));
      diagnostics.push({
        ...src.diagnosticAt(offset, "expr/unknown-name", sayMessage("en", says), [...e.path]),
        says,
      });
    }
    declared.set(name, { type: expr.type, unit: expr.unit });
    named.push({ name, label: (labels[name] as { label: NamedValue["label"] }).label, expr });
  });
  return diagnostics;
}

/**
 * An expression that reads named values also reads what they read: their fields (shown as values seen, and
 * asked for when unknown) and their parameters (shown with their dates). Named values themselves stay listed.
 */
export function withNamedInputs(expr: Compiled, named: readonly NamedValue[]): Compiled {
  const read = named.filter((n) => expr.params.includes(n.name));
  if (!read.length) return expr;
  const fields = [...new Set([...expr.fields, ...read.flatMap((n) => n.expr.fields)])];
  const params = [...new Set([...expr.params, ...read.flatMap((n) => n.expr.params)])];
  return { ...expr, fields, params };
}
