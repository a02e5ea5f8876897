import type { LocalText, RuleFile } from "./schema.js";
import { withHorizons } from "./valueHorizons.js";

// The one list of where a rule file holds expressions and sentences. The compiler compiles exactly these
// expressions, every lint reads them, and placeholder checking reads these sentences: a new key of the rule
// format is added here once, and every one of them sees it.

export type Path = readonly (string | number)[];

export type ExpressionRole =
  | "named-value"
  | "filter-test"
  | "condition"
  | "priority"
  | "caveat-when"
  | "amount"
  | "case-when"
  | "case-value"
  | "tier-by"
  | "tier-bound"
  | "tier-value"
  | "continue-date"
  | "continue-within";

export type SentenceRole =
  | "filter-text"
  | "condition-text"
  | "assumes"
  | "priority-text"
  | "caveat-text"
  | "case-label"
  | "tier-label"
  | "note"
  | "continue-text"
  | "horizon-text";

export interface OutlineExpression {
  readonly path: Path;
  readonly role: ExpressionRole;
  readonly text: string;
  /** The type the expression must have; a date for `continueUntil.date` is checked by the compiler itself. */
  readonly wanted?: "boolean" | "number";
  /** Computes money: an amount's value, a case's or tier's value of it, or a named value an amount may read. */
  readonly money: boolean;
  /** The filter whose records the expression reads (`filters.<name>.conditions[i].test`). */
  readonly filter?: string;
  /** Which part of the amount it belongs to, when it does. */
  readonly part?: "value" | "months";
  /** The id of the condition, caveat or filter condition it tests. */
  readonly id?: string;
}

export interface OutlineSentence {
  readonly path: Path;
  readonly role: SentenceRole;
  readonly text: LocalText;
}

/**
 * A dated fact whose currency is recorded: a parameter's dated value or the program's term (`inForce`), with
 * the last date a source confirms it and, when the law makes a change certain, the date it becomes unknown.
 */
export interface OutlineDated {
  readonly path: Path;
  /** The parameter, or undefined for `inForce`. */
  readonly parameter?: string;
  readonly since: string;
  readonly confirmed?: { readonly on: string; readonly ref: string };
  readonly horizon?: { readonly on: string; readonly ref: string; readonly text: LocalText };
  /** Where the horizon is written (a parameter's `resetWithin`, or `inForce.horizon.on`). */
  readonly horizonPath?: Path;
}

export interface Outline {
  /** In the order the compiler needs them: named values and filters before what may read them. */
  readonly expressions: readonly OutlineExpression[];
  readonly sentences: readonly OutlineSentence[];
  readonly dated: readonly OutlineDated[];
}

/** Every expression and every sentence of a schema-valid rule file, each with its path and role. */
export function outlineOf(rule: RuleFile): Outline {
  const expressions: OutlineExpression[] = [];
  const sentences: OutlineSentence[] = [];
  const expr = (e: OutlineExpression) => expressions.push(e);
  const say = (path: Path, role: SentenceRole, text: LocalText | undefined) => {
    if (text) sentences.push({ path, role, text });
  };

  for (const [name, v] of Object.entries(rule.values ?? {}))
    expr({ path: ["values", name, "value"], role: "named-value", text: v.value, money: true });
  for (const [name, f] of Object.entries(rule.filters))
    f.conditions.forEach((c, i) => {
      const at = ["filters", name, "conditions", i];
      expr({
        path: [...at, "test"],
        role: "filter-test",
        text: c.test,
        wanted: "boolean",
        money: false,
        filter: name,
        id: c.id,
      });
      say([...at, "text"], "filter-text", c.text);
      say([...at, "assumes"], "assumes", c.assumes);
    });
  for (const list of ["conditions", "priority"] as const)
    (rule[list] ?? []).forEach((c, i) => {
      const role = list === "conditions" ? "condition" : "priority";
      expr({ path: [list, i, "test"], role, text: c.test, wanted: "boolean", money: false, id: c.id });
      say([list, i, "text"], list === "conditions" ? "condition-text" : "priority-text", c.text);
      say([list, i, "assumes"], "assumes", c.assumes);
    });
  rule.caveats.forEach((k, i) => {
    expr({
      path: ["caveats", i, "when"],
      role: "caveat-when",
      text: k.when,
      wanted: "boolean",
      money: false,
      id: k.id,
    });
    say(["caveats", i, "text"], "caveat-text", k.text);
  });
  for (const part of ["value", "months"] as const) computation(part);
  const until = rule.amount?.continueUntil;
  if (until) {
    const at = ["amount", "continueUntil"];
    expr({ path: [...at, "date"], role: "continue-date", text: until.date, money: false });
    expr({
      path: [...at, "withinMonths"],
      role: "continue-within",
      text: until.withinMonths,
      wanted: "number",
      money: false,
    });
    say([...at, "text"], "continue-text", until.text);
    say([...at, "stops"], "continue-text", until.stops);
    say([...at, "possible"], "continue-text", until.possible);
  }
  say(["amount", "note"], "note", rule.amount?.note);
  return { expressions, sentences, dated: datedOf(rule, say) };

  function computation(part: "value" | "months") {
    const c = rule.amount?.[part];
    const money = part === "value";
    const at = ["amount", part];
    if (c === undefined) return;
    if (typeof c === "string") {
      expr({ path: at, role: "amount", text: c, wanted: "number", money, part });
    } else if ("firstMatch" in c)
      c.firstMatch.forEach((k, i) => {
        const casePath = [...at, "firstMatch", i];
        if (!isOtherwise(k.when))
          expr({
            path: [...casePath, "when"],
            role: "case-when",
            text: k.when,
            wanted: "boolean",
            money: false,
            part,
          });
        expr({
          path: [...casePath, "value"],
          role: "case-value",
          text: k.value,
          wanted: "number",
          money,
          part,
        });
        say([...casePath, "label"], "case-label", k.label);
      });
    else {
      const tiers = [...at, "tiers"];
      expr({
        path: [...tiers, "by"],
        role: "tier-by",
        text: c.tiers.by,
        wanted: "number",
        money: false,
        part,
      });
      c.tiers.ranges.forEach((t, i) => {
        const range = [...tiers, "ranges", i];
        for (const bound of ["from", "below"] as const) {
          const b = t[bound];
          if (typeof b === "string")
            expr({
              path: [...range, bound],
              role: "tier-bound",
              text: b,
              wanted: "number",
              money: false,
              part,
            });
        }
        expr({ path: [...range, "value"], role: "tier-value", text: t.value, wanted: "number", money, part });
        say([...range, "label"], "tier-label", t.label);
      });
    }
  }
}

/** Every dated value and the program's term, with their currency; the horizons' sentences are said. */
function datedOf(rule: RuleFile, say: (path: Path, role: SentenceRole, text: LocalText) => void) {
  const { from, confirmed, horizon } = rule.inForce;
  const horizonPath = ["inForce", "horizon", "on"];
  const dated: OutlineDated[] = [{ path: ["inForce"], since: from, confirmed, horizon, horizonPath }];
  if (horizon) say(["inForce", "horizon", "text"], "horizon-text", horizon.text);
  for (const [name, p] of Object.entries(rule.parameters)) {
    const reset = p.resetWithin;
    if (reset) say(["parameters", name, "resetWithin", "text"], "horizon-text", reset.text);
    const values = Object.entries(p.values).map(([since, v]) => ({
      since,
      value: "",
      ref: v.ref,
      confirmed: v.confirmed,
    }));
    for (const v of withHorizons(values, reset)) {
      const path = ["parameters", name, "values", v.since];
      const at = { horizonPath: ["parameters", name, "resetWithin", "years"] };
      dated.push({
        path,
        parameter: name,
        since: v.since,
        confirmed: v.confirmed,
        horizon: v.unknownFrom,
        ...at,
      });
    }
  }
  return dated;
}

/** `when: otherwise`, the last case of a `firstMatch`: not an expression. */
export function isOtherwise(when: string): boolean {
  return when.trim() === "otherwise";
}

/** A path as a map key. */
export function pathKey(path: Path): string {
  return path.join("\u0000");
}
