import Big from "big.js";
import type { Diagnostic } from "../diagnostics.js";
import { compileExpression, type ExpressionProblem } from "../expr/compile.js";
import { makeFilter } from "../expr/filter.js";
import { ExpressionSyntaxError, parseExpression } from "../expr/parse.js";
import { type Compiled, type Declared, type Scope, typeName } from "../expr/types.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { isRegionCode } from "../profile/regions.js";
import { defaultedFields, unreachableCases } from "./caseAnalysis.js";
import {
  compileNamedValues,
  type NamedValue,
  placeholderProblems,
  unusedNamedValues,
  withNamedInputs,
} from "./namedValues.js";
import { declareParameter, parameterType, toParameterValue, unorderedDates } from "./parameters.js";
import { placeholderProblems as parameterPlaceholderProblems } from "./placeholders.js";
import type { Case, Caveat, Computation, Condition, Parameter, Program, ProgramFilter } from "./program.js";
import type { Computation as RawComputation, Tiers as RawTiers, RuleFile } from "./schema.js";
import { amountDefaults, internalSources } from "./sourceChecks.js";
import { tierBound, tierProblemsOverTime } from "./tierBounds.js";
import type { YamlSource } from "./yamlSource.js";

type Path = (string | number)[];

/** What compiling needs of a source file: where to place each problem. */
export type Locator = Pick<
  YamlSource,
  "file" | "at" | "atKey" | "diagnosticAt" | "textOffsetOf" | "offsetInScalar" | "sourceText"
>;

/** Check a schema-valid rule file against the field catalogue and compile its expressions. */
export function compileProgram(rule: RuleFile, src: Locator, catalogue: FieldCatalogue) {
  const diagnostics: Diagnostic[] = [];
  const sourceIds = new Set(rule.sources.map((s) => s.id));
  const usedParams = new Set<string>();
  const citedSources = new Set<string>();
  const declaredParams = new Map<string, Declared>();
  const parameters = new Map<string, Parameter>();

  for (const [name, p] of Object.entries(rule.parameters)) {
    diagnostics.push(...unorderedDates(src, name, Object.keys(p.values)));
    const values = Object.entries(p.values)
      .map(([since, v]) => ({ since, value: toParameterValue(v.value), ref: v.ref }))
      .sort((a, b) => (a.since < b.since ? -1 : 1));
    const first = Object.values(p.values)[0];
    const declared: Declared = first
      ? declareParameter(first.value, p.unit)
      : { type: { base: p.type ?? "number" }, unit: p.unit };
    declaredParams.set(name, declared);
    const kind = typeName(declared.type);
    parameters.set(name, { name, label: p.label, unit: p.unit, kind, values, unpublished: p.unpublished });
    for (const [date, v] of Object.entries(p.values)) {
      checkRef(v.ref, ["parameters", name, "values", date, "ref"]);
      checkPrecision(["parameters", name, "values", date, "value"], v.value);
      const mixed =
        typeof v.value === "object" && new Set(Object.values(v.value).map((x) => typeof x)).size > 1;
      if (mixed)
        diagnostics.push(
          src.at(
            ["parameters", name, "values", date, "value"],
            "rule/parameter-type",
            "a table must hold only numbers or only text",
          ),
        );
      const other = typeName(parameterType(v.value));
      if (other !== typeName(declared.type) || (p.type && p.type !== declared.type.base))
        diagnostics.push(
          src.at(
            ["parameters", name, "values", date, "value"],
            "rule/parameter-type",
            `a ${other} here, but \`${name}\` is a ${p.type ?? typeName(declared.type)}`,
          ),
        );
    }
  }

  const filters = new Map<string, ProgramFilter>();
  const scope: Scope = {
    field: (path) => catalogue.field(path),
    fieldPaths: () => catalogue.fieldPaths(),
    param: (name) => {
      usedParams.add(name);
      return declaredParams.get(name);
    },
    paramNames: () => declaredParams.keys(),
    filter: (name) => filters.get(name)?.filter,
  };
  const named: NamedValue[] = [];
  diagnostics.push(
    ...compileNamedValues(rule.values, (t, path) => expression(t, path), declaredParams, src, named),
    ...placeholderProblems(rule, src),
  );

  for (const [name, f] of Object.entries(rule.filters)) {
    const list = catalogue.field(f.over);
    if (list?.type.base !== "records") {
      diagnostics.push(
        src.at(["filters", name, "over"], "rule/filter-over", `\`${f.over}\` is not a declared list field`),
      );
      continue;
    }
    const recordFields = list.type.fields;
    const recordScope: Scope = { ...scope, recordField: (n) => recordFields.get(n) };
    f.conditions.forEach((c, i) => {
      if (c.source) checkRef(c.source, ["filters", name, "conditions", i, "source"]);
    });
    const conditions = f.conditions.map((c, i) => ({
      id: c.id,
      text: c.text,
      source: c.source,
      test: expression(c.test, ["filters", name, "conditions", i, "test"], "boolean", recordScope),
    }));
    filters.set(name, { filter: makeFilter(name, f.over, conditions), label: f.label, conditions });
  }

  const jurisdictionField = catalogue.fields.get(rule.jurisdiction.field);
  if (jurisdictionField?.type !== "region")
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
  if (rule.inForce.source) checkRef(rule.inForce.source, ["inForce", "source"]);
  if (rule.inForce.to && rule.inForce.to < rule.inForce.from)
    diagnostics.push(
      src.at(
        ["inForce", "to"],
        "rule/dates-unordered",
        `inForce.to ${rule.inForce.to} is before inForce.from ${rule.inForce.from}`,
      ),
    );

  const seen = new Set<string>();
  const compileCondition =
    (list: "conditions" | "priority") =>
    (c: RuleFile["conditions"][number], i: number): Condition => {
      if (c.id === "in-jurisdiction")
        diagnostics.push(
          src.at(
            [list, i, "id"],
            "rule/duplicate-id",
            "`in-jurisdiction` is reserved for the automatic jurisdiction check",
          ),
        );
      if (seen.has(c.id))
        diagnostics.push(
          src.at([list, i, "id"], "rule/duplicate-id", `condition id \`${c.id}\` is used twice`),
        );
      seen.add(c.id);
      if (c.source) checkRef(c.source, [list, i, "source"]);
      const test = expression(c.test, [list, i, "test"], "boolean");
      const defaulted = test.ast ? defaultedFields(test.ast).filter((f) => catalogue.fields.has(f)) : [];
      if (defaulted.length && !c.assumes)
        diagnostics.push({
          ...src.at(
            [list, i, "test"],
            "rule/unstated-default",
            `\`${defaulted.join("`, `")}\` is defaulted with \`??\` but the condition does not say what it assumes (add \`assumes:\`)`,
          ),
          severity: "warning",
        });
      return { id: c.id, text: c.text, test, source: c.source, ...(c.assumes ? { assumes: c.assumes } : {}) };
    };
  const conditions = rule.conditions.map(compileCondition("conditions"));
  const priority = (rule.priority ?? []).map(compileCondition("priority"));
  const caveats: Caveat[] = rule.caveats.map((k, i) => {
    if (k.source) checkRef(k.source, ["caveats", i, "source"]);
    const when = expression(k.when, ["caveats", i, "when"], "boolean");
    return { id: k.id, when, text: k.text, source: k.source };
  });
  rule.excludes.forEach((id, i) => {
    if (id === rule.id)
      diagnostics.push(src.at(["excludes", i], "rule/excludes-itself", "a program cannot exclude itself"));
  });
  diagnostics.push(...internalSources(rule, src));

  const amount = rule.amount && {
    per: rule.amount.per,
    bound: rule.amount.bound,
    note: rule.amount.note,
    value: rule.amount.value === undefined ? undefined : computation(rule.amount.value, ["amount", "value"]),
    months:
      rule.amount.months === undefined ? undefined : computation(rule.amount.months, ["amount", "months"]),
    continueUntil: rule.amount.continueUntil && continueUntil(rule.amount.continueUntil),
  };
  diagnostics.push(...amountDefaults(amount, src, catalogue));
  if (rule.amount?.continueUntil && !(rule.amount.per === "month" && rule.amount.months))
    diagnostics.push(
      src.at(
        ["amount", "continueUntil"],
        "rule/continue-without-months",
        "`continueUntil` extends a monthly payment period: the amount needs `per: month` and `months`",
      ),
    );
  if (rule.amount && !rule.amount.value && !rule.amount.note)
    diagnostics.push(
      src.at(
        ["amount"],
        "rule/amount-unpublished",
        "an amount without `value` needs a `note` saying why it is not published",
      ),
    );

  diagnostics.push(...parameterPlaceholderProblems(rule, src));
  const program: Program = {
    id: rule.id,
    file: src.file,
    title: rule.title,
    subject: rule.subject,
    jurisdiction: { ...rule.jurisdiction, section: rule.jurisdiction.field.split(".")[0] ?? "" },
    inForce: { from: rule.inForce.from, ...(rule.inForce.to ? { to: rule.inForce.to } : {}) },
    sources: rule.sources,
    parameters,
    filters,
    conditions,
    ...(priority.length ? { priority } : {}),
    ...(caveats.length ? { caveats } : {}),
    ...(rule.excludes.length ? { excludes: rule.excludes } : {}),
    amount,
    ...(named.length ? { named } : {}),
  };
  for (const name of parameters.keys())
    if (!usedParams.has(name))
      diagnostics.push({
        ...src.atKey(["parameters", name], "rule/unused-parameter", `parameter \`${name}\` is never used`),
        severity: "warning",
      });
  diagnostics.push(...unusedNamedValues(rule, named, usedParams, src));
  rule.sources.forEach((s, i) => {
    if (!citedSources.has(s.id))
      diagnostics.push({
        ...src.at(
          ["sources", i, "id"],
          "rule/source-uncited",
          `source \`${s.id}\` is never cited by a condition, parameter or tier`,
        ),
        severity: "warning",
      });
  });
  return { program, diagnostics };

  /** Numbers with more digits than a double keeps would silently change: say so rather than compute with them. */
  function checkPrecision(path: Path, value: unknown) {
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) checkPrecision([...path, k], v);
      return;
    }
    const written = typeof value === "number" ? src.sourceText(path) : undefined;
    if (written && /^[-+]?\d*\.?\d+$/.test(written) && !new Big(written).eq(new Big(value as number)))
      diagnostics.push(
        src.at(
          path,
          "rule/imprecise-number",
          `${written} has more digits than are kept; it would be used as ${value}`,
        ),
      );
  }

  function checkRef(ref: string, path: Path) {
    citedSources.add(ref);
    if (/^[a-z0-9-]+$/.test(ref) && !sourceIds.has(ref))
      diagnostics.push(src.at(path, "rule/unknown-source", `no source with id \`${ref}\` in \`sources\``));
  }

  function expression(
    text: string,
    path: Path,
    wanted?: "boolean" | "number",
    within: Scope = scope,
  ): Compiled {
    const problems: ExpressionProblem[] = [];
    const start = src.textOffsetOf(path);
    try {
      const ast = parseExpression(text);
      const compiled = compileExpression(ast, within, problems);
      if (wanted && compiled.type.base !== wanted && compiled.type.base !== "any")
        problems.push({
          code: "expr/type",
          message: `expected a ${wanted} expression, got ${compiled.type.base}`,
        });
      for (const p of problems) {
        const at = p.name ? text.indexOf(p.name) : -1;
        const offset = at >= 0 ? src.offsetInScalar(path, at) : start;
        diagnostics.push(src.diagnosticAt(offset, p.code, p.message, path));
      }
      return withNamedInputs({ ...compiled, text, ast }, named);
    } catch (e) {
      if (!(e instanceof ExpressionSyntaxError)) throw e;
      diagnostics.push(src.diagnosticAt(src.offsetInScalar(path, e.index), e.code, e.message, path));
      return { type: { base: "any" }, fields: [], params: [], evaluate: () => false };
    }
  }

  function computation(raw: RawComputation, path: Path): Computation {
    if (typeof raw === "string") return { kind: "expression", expr: expression(raw, path, "number") };
    if ("tiers" in raw) return tiered(raw.tiers, [...path, "tiers"]);
    const cases: Case[] = raw.firstMatch.map((c, i) => {
      const casePath = [...path, "firstMatch", i];
      if (c.source) checkRef(c.source, [...casePath, "source"]);
      const otherwise = c.when.trim() === "otherwise";
      if (otherwise && i !== raw.firstMatch.length - 1)
        diagnostics.push(
          src.at(
            [...casePath, "when"],
            "rule/otherwise-not-last",
            "`when: otherwise` must be the last case: later cases could never match",
          ),
        );
      return {
        when: otherwise ? undefined : expression(c.when, [...casePath, "when"], "boolean"),
        value: expression(c.value, [...casePath, "value"], "number"),
        label: c.label,
        source: c.source,
      };
    });
    for (const p of unreachableCases(cases)) {
      diagnostics.push(src.at([...path, "firstMatch", p.index, "when"], "rule/case-unreachable", p.message));
    }
    return { kind: "firstMatch", cases };
  }

  function continueUntil(raw: NonNullable<NonNullable<RuleFile["amount"]>["continueUntil"]>) {
    const path = ["amount", "continueUntil"];
    if (raw.source) checkRef(raw.source, [...path, "source"]);
    const date = expression(raw.date, [...path, "date"]);
    if (date.type.base !== "date" && date.type.base !== "any")
      diagnostics.push(
        src.at([...path, "date"], "expr/type", `expected a date expression, got ${typeName(date.type)}`),
      );
    const withinMonths = expression(raw.withinMonths, [...path, "withinMonths"], "number");
    return { date, withinMonths, text: raw.text, source: raw.source };
  }

  function tiered(raw: RawTiers, path: Path): Computation {
    if (raw.source) checkRef(raw.source, [...path, "source"]);
    const by = expression(raw.by, [...path, "by"], "number");
    raw.ranges.forEach((t, i) => {
      checkPrecision([...path, "ranges", i, "from"], t.from);
      checkPrecision([...path, "ranges", i, "below"], t.below);
    });
    const tiers = raw.ranges.map((t, i) => {
      if (t.source) checkRef(t.source, [...path, "ranges", i, "source"]);
      const from = tierBound(t.from, (x) => expression(x, [...path, "ranges", i, "from"], "number"));
      const below = tierBound(t.below, (x) => expression(x, [...path, "ranges", i, "below"], "number"));
      return {
        from: from.value,
        below: below.value,
        fromExpr: from.expr,
        belowExpr: below.expr,
        label: t.label,
        source: t.source,
        value: expression(t.value, [...path, "ranges", i, "value"], "number"),
      };
    });
    for (const p of tierProblemsOverTime(raw.ranges, rule.parameters))
      diagnostics.push(src.at([...path, "ranges", p.index], p.code, p.message));
    return { kind: "tiers", by, tiers };
  }
}
