import type { Diagnostic } from "../diagnostics.js";
import { makeFilter } from "../expr/filter.js";
import { type Node, parseExpression } from "../expr/parse.js";
import { type Compiled, type Scope, typeName } from "../expr/types.js";
import { sayMessage } from "../messages/index.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { isRegionCode } from "../regions/regions.js";
import { unreachableCases } from "./caseAnalysis.js";
import { IN_FORCE, inForceCondition } from "./inForceCondition.js";
import { compileNamedValues } from "./namedValues.js";
import {
  isOtherwise,
  type Outline,
  type OutlineExpression,
  outlineOf,
  type Path,
  pathKey,
} from "./outline.js";
import { compileParameters } from "./parameters.js";
import { placeholderProblems } from "./placeholders.js";
import {
  type Case,
  type Caveat,
  type Computation,
  type Condition,
  type Program,
  type ProgramFilter,
  programHead,
} from "./program.js";
import { compileRuleExpression } from "./ruleExpression.js";
import type { Computation as RawComputation, Tiers as RawTiers, RuleFile } from "./schema.js";
import { internalSources, unknownSources } from "./sourceChecks.js";
import { tierBound, tierProblemsOverTime } from "./tierBounds.js";
import type { Locator, NamedValue } from "./types.js";

/** A compiled rule file: the program, its errors, and each expression of its outline as compiled (by path). */
export interface CompiledRule {
  readonly program: Program;
  readonly diagnostics: Diagnostic[];
  readonly outline: Outline;
  readonly compiled: ReadonlyMap<string, Compiled>;
}

// The outline a program was compiled from, by its conditions (a re-valued or replacing copy keeps the list).
const outlines = new WeakMap<readonly Condition[], Outline>();

/** The outline of the rule file a program was compiled from (coverage lists what must be covered from it). */
export function outlineOfProgram(program: Program): Outline | undefined {
  return outlines.get(program.conditions);
}

/**
 * What the build knows of a bundled rule file: it checked it (a start only compiles it), and it parsed each of
 * its expressions (by text) — jsep, run cold at each start, was most of compiling a program there.
 */
export interface BuiltRule {
  readonly parsed: ReadonlyMap<string, Node>;
}

/**
 * Check a schema-valid rule file against the field catalogue and compile the expressions of its outline.
 * Only errors are found here; warnings are the checks of rules/checks, over what this returns. A rule the build
 * checked (`built`) is compiled without the checks that find nothing but problems.
 */
export function compileProgram(
  rule: RuleFile,
  src: Locator,
  catalogue: FieldCatalogue,
  built?: BuiltRule,
): CompiledRule {
  const diagnostics: Diagnostic[] = [];
  const checking = !built;
  const parse = (text: string) => built?.parsed.get(text) ?? parseExpression(text);
  const outline = outlineOf(rule);
  const { parameters, declared } = compileParameters(rule, src, diagnostics);
  const filters = new Map<string, ProgramFilter>();
  const scope: Scope = {
    field: (path) => catalogue.field(path),
    fieldPaths: () => catalogue.fieldPaths(),
    param: (name) => declared.get(name),
    paramNames: () => declared.keys(),
    filter: (name) => filters.get(name)?.filter,
  };
  const named: NamedValue[] = [];
  const compiled = new Map<string, Compiled>();
  const compile = (e: OutlineExpression, within: Scope = scope) => {
    const c = compileRuleExpression(e, within, src, named, diagnostics, parse);
    compiled.set(pathKey(e.path), c);
    return c;
  };
  const ofRole = (role: OutlineExpression["role"]) => outline.expressions.filter((e) => e.role === role);
  diagnostics.push(
    ...compileNamedValues(ofRole("named-value"), rule.values ?? {}, compile, declared, src, named),
  );
  compileFilters(ofRole("filter-test"));
  for (const e of outline.expressions) if (!e.filter && e.role !== "named-value") compile(e);
  if (checking) diagnostics.push(...placeholderProblems(outline, declared, src));
  const get = (path: Path): Compiled => {
    const c = compiled.get(pathKey(path));
    if (!c) throw new Error(`not in the outline: ${path.join(".")}`);
    return c;
  };

  if (checking) jurisdictionAndDates();
  const seen = new Set<string>();
  const condition =
    (list: "conditions" | "priority") =>
    (c: RuleFile["conditions"][number], i: number): Condition => {
      if (c.id === "in-jurisdiction" || c.id === IN_FORCE)
        diagnostics.push(
          src.at(
            [list, i, "id"],
            "rule/duplicate-id",
            `\`${c.id}\` is reserved for the automatic jurisdiction and term checks`,
          ),
        );
      if (seen.has(c.id))
        diagnostics.push(
          src.at([list, i, "id"], "rule/duplicate-id", `condition id \`${c.id}\` is used twice`),
        );
      seen.add(c.id);
      const test = get([list, i, "test"]);
      return {
        id: c.id,
        text: c.text,
        test,
        source: c.source,
        ...(c.assumes ? { assumes: c.assumes } : {}),
      };
    };
  const inForce = inForceCondition(rule.inForce.horizon);
  const conditions = [...rule.conditions.map(condition("conditions")), ...(inForce ? [inForce] : [])];
  const priority = (rule.priority ?? []).map(condition("priority"));
  const caveats: Caveat[] = rule.caveats.map((k, i) => ({
    id: k.id,
    when: get(["caveats", i, "when"]),
    text: k.text,
    source: k.source,
  }));
  rule.excludes.forEach((id, i) => {
    if (id === rule.id)
      diagnostics.push(src.at(["excludes", i], "rule/excludes-itself", "a program cannot exclude itself"));
  });
  if (checking) diagnostics.push(...unknownSources(rule, src), ...internalSources(rule, src));

  const raw = rule.amount;
  const amount = raw && {
    per: raw.per,
    bound: raw.bound,
    kind: raw.kind,
    note: raw.note,
    value: raw.value === undefined ? undefined : computation(raw.value, ["amount", "value"]),
    months: raw.months === undefined ? undefined : computation(raw.months, ["amount", "months"]),
    continueUntil: raw.continueUntil && continueUntil(raw.continueUntil),
  };
  if (raw?.continueUntil && !(raw.per === "month" && raw.months))
    diagnostics.push(
      src.at(
        ["amount", "continueUntil"],
        "rule/continue-without-months",
        "`continueUntil` extends a monthly payment period: the amount needs `per: month` and `months`",
      ),
    );
  if (raw && !raw.value && !raw.note)
    diagnostics.push(
      src.at(
        ["amount"],
        "rule/amount-unpublished",
        "an amount without `value` needs a `note` saying why it is not published",
      ),
    );

  const program: Program = {
    ...programHead(rule, src.file),
    parameters,
    filters,
    conditions,
    ...(priority.length ? { priority } : {}),
    ...(caveats.length ? { caveats } : {}),
    amount,
    ...(named.length ? { named } : {}),
  };
  outlines.set(conditions, outline);
  return { program, diagnostics, outline, compiled };

  /** Filters compile in the scope of their list's records, and are declared before anything reads them. */
  function compileFilters(tests: readonly OutlineExpression[]) {
    for (const [name, f] of Object.entries(rule.filters)) {
      const list = catalogue.field(f.over);
      if (list?.type.base !== "records") {
        diagnostics.push(
          src.at(["filters", name, "over"], "rule/filter-over", `\`${f.over}\` is not a declared list field`),
        );
        continue;
      }
      const recordFields = list.type.fields;
      const recordScope: Scope = {
        ...scope,
        recordField: (n) => recordFields.get(n),
        // A typo of a record's field is suggested its name too (analyst F8).
        paramNames: () => [...recordFields.keys(), ...scope.paramNames()],
      };
      const own = tests.filter((e) => e.filter === name);
      const conditions = f.conditions.map((c, i) => ({
        ...{ id: c.id, text: c.text, source: c.source },
        test: compile(own[i] as OutlineExpression, recordScope),
      }));
      filters.set(name, { filter: makeFilter(name, f.over, conditions), label: f.label, conditions });
    }
  }

  function jurisdictionAndDates() {
    if (catalogue.fields.get(rule.jurisdiction.field)?.type !== "region")
      diagnostics.push(
        src.at(
          ["jurisdiction", "field"],
          "rule/jurisdiction-field",
          `\`${rule.jurisdiction.field}\` is not a declared region field`,
        ),
      );
    if (!isRegionCode(rule.jurisdiction.code))
      diagnostics.push(
        src.at(
          ["jurisdiction", "code"],
          "rule/jurisdiction-code",
          `${rule.jurisdiction.code} is not a GB/T 2260 region code`,
        ),
      );
    if (rule.inForce.to && rule.inForce.to < rule.inForce.from)
      diagnostics.push(
        src.at(
          ["inForce", "to"],
          "rule/dates-unordered",
          `inForce.to ${rule.inForce.to} is before inForce.from ${rule.inForce.from}`,
        ),
      );
  }

  function computation(raw: RawComputation, path: Path): Computation {
    if (typeof raw === "string") return { kind: "expression", expr: get(path) };
    if ("tiers" in raw) return tiered(raw.tiers, [...path, "tiers"]);
    const cases: Case[] = raw.firstMatch.map((c, i) => {
      const casePath = [...path, "firstMatch", i];
      const otherwise = isOtherwise(c.when);
      if (otherwise && i !== raw.firstMatch.length - 1)
        diagnostics.push(
          src.at(
            [...casePath, "when"],
            "rule/otherwise-not-last",
            "`when: otherwise` must be the last case: later cases could never match",
          ),
        );
      return {
        when: otherwise ? undefined : get([...casePath, "when"]),
        value: get([...casePath, "value"]),
        label: c.label,
        source: c.source,
      };
    });
    for (const p of checking ? unreachableCases(cases, parameters) : [])
      diagnostics.push(src.at([...path, "firstMatch", p.index, "when"], "rule/case-unreachable", p.message));
    return { kind: "firstMatch", cases };
  }

  function continueUntil(raw: NonNullable<NonNullable<RuleFile["amount"]>["continueUntil"]>) {
    const path = ["amount", "continueUntil"];
    const date = get([...path, "date"]);
    if (date.type.base !== "date" && date.type.base !== "any")
      diagnostics.push(
        src.at([...path, "date"], "expr/type", `expected a date expression, got ${typeName(date.type)}`),
      );
    return { ...raw, date, withinMonths: get([...path, "withinMonths"]) };
  }

  function tiered(raw: RawTiers, path: Path): Computation {
    const tiers = raw.ranges.map((t, i) => {
      const range = [...path, "ranges", i];
      const from = tierBound(t.from, () => get([...range, "from"]));
      const below = tierBound(t.below, () => get([...range, "below"]));
      const [fromExpr, belowExpr] = [from.expr, below.expr];
      return {
        from: from.value,
        below: below.value,
        fromExpr,
        belowExpr,
        label: t.label,
        source: t.source,
        value: get([...range, "value"]),
      };
    });
    for (const p of checking ? tierProblemsOverTime(tiers, parameters) : [])
      diagnostics.push({
        ...src.at([...path, "ranges", p.index], p.code, sayMessage("en", p.says)),
        says: p.says,
      });
    const byLabel = catalogue.fields.get(raw.by.trim())?.label;
    return { kind: "tiers", by: get([...path, "by"]), tiers, ...(byLabel ? { byLabel } : {}) };
  }
}
