import type { Diagnostic } from "../diagnostics.js";
import { didYouMean } from "../diagnostics.js";
import type { Compiled, Declared } from "../expr/types.js";
import type { Locator } from "./compileProgram.js";
import type { LocalText } from "./program.js";
import type { RuleFile } from "./schema.js";

/** A value a rule names once and reads many times (`values:` in a rule file), e.g. a retirement date. */
export interface NamedValue {
  readonly name: string;
  readonly label: LocalText;
  readonly expr: Compiled;
}

type Path = (string | number)[];

/**
 * Compile a rule file's `values:` in the order written; each is declared (by its type) before the next is
 * compiled, so a value may read parameters and the values above it, never one below (no cycles).
 * A name that is already a parameter is a `rule/duplicate-id` error. Compiled values are pushed onto `named`,
 * which the compiler's own expressions read while this runs.
 */
export function compileNamedValues(
  raw: RuleFile["values"],
  compile: (text: string, path: Path) => Compiled,
  declared: Map<string, Declared>,
  src: Locator,
  named: NamedValue[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [name, v] of Object.entries(raw ?? {})) {
    if (declared.has(name)) {
      const message = `\`${name}\` is already a parameter; give the named value another name`;
      diagnostics.push(src.atKey(["values", name], "rule/duplicate-id", message));
      continue;
    }
    const expr = withNamedInputs(compile(v.value, ["values", name, "value"]), named);
    declared.set(name, { type: expr.type, unit: expr.unit });
    named.push({ name, label: v.label, expr });
  }
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

/** `$name` in a text: not `{name}`, whose braces YAML reads as a mapping inside `{ zh: …, en: … }`. */
const PLACEHOLDER = /\$([a-zA-Z][a-zA-Z0-9]*)/g;

/**
 * `$name` placeholders in the texts of conditions, cases and tiers that name no value of `values:`
 * (`expr/unknown-name`, with a suggestion). A text without braces is untouched.
 */
export function placeholderProblems(rule: RuleFile, src: Locator): Diagnostic[] {
  const names = Object.keys(rule.values ?? {});
  const out: Diagnostic[] = [];
  const check = (text: LocalText | undefined, path: Path) => {
    for (const lang of ["zh", "en"] as const)
      for (const m of text?.[lang]?.matchAll(PLACEHOLDER) ?? [])
        if (!names.includes(m[1] as string))
          out.push(
            src.at(
              [...path, lang],
              "expr/unknown-name",
              `\`$${m[1]}\` names no value of \`values:\`${didYouMean(m[1] as string, names)}`,
            ),
          );
  };
  rule.conditions.forEach((c, i) => {
    check(c.text, ["conditions", i, "text"]);
  });
  for (const part of ["value", "months"] as const) {
    const c = rule.amount?.[part];
    if (c && typeof c === "object" && "firstMatch" in c)
      c.firstMatch.forEach((k, i) => {
        check(k.label, ["amount", part, "firstMatch", i, "label"]);
      });
    if (c && typeof c === "object" && "tiers" in c)
      c.tiers.ranges.forEach((t, i) => {
        check(t.label, ["amount", part, "tiers", "ranges", i, "label"]);
      });
  }
  check(rule.amount?.note, ["amount", "note"]);
  return out;
}

/** Named values that no expression and no `$name` text reads (`rule/unused-value`, a warning). */
export function unusedNamedValues(
  rule: RuleFile,
  named: readonly NamedValue[],
  used: ReadonlySet<string>,
  src: Locator,
): Diagnostic[] {
  const texts = JSON.stringify([rule.conditions.map((c) => c.text), rule.amount ?? {}]);
  return named
    .filter((n) => !used.has(n.name) && !new RegExp(`\\$${n.name}(?![a-zA-Z0-9])`).test(texts))
    .map((n) => ({
      ...src.atKey(["values", n.name], "rule/unused-value", `named value \`${n.name}\` is never used`),
      severity: "warning" as const,
    }));
}
