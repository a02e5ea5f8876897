import Big from "big.js";
import { type Diagnostic, suggest, UsageError } from "../diagnostics.js";
import { clip } from "../echo.js";
import { parseIsoDate, type Value } from "../expr/values.js";
import { message } from "../messages/index.js";
import { unitProblem } from "./parameterUnits.js";
import { changedProgram, type DatedValue, type Program } from "./program.js";
import { tierProblemsOverTime } from "./tierBounds.js";
import { withHorizons } from "./valueHorizons.js";

/** New values for one parameter of one program, from `--param` or a local rule directory. */
export interface ParameterOverride {
  readonly program: string;
  readonly parameter: string;
  /** When true, these values replace all the bundled ones; otherwise they are added by date. */
  readonly replace: boolean;
  readonly values: readonly DatedValue[];
  /** `--param …=80%`: written as a percentage, read as 0.8 — only a `ratio` parameter takes one. */
  readonly percent?: true;
  /** Where the override was written, for a located diagnostic when it does not fit its program. */
  readonly at?: Diagnostic;
  /** Where one dated value was written (a local rule file), for a diagnostic about that date. */
  readonly valueAt?: (since: string) => Diagnostic;
}

const PARAM_OPTION = /^([a-z0-9-]+\.[a-z0-9-]+)\.([a-zA-Z][a-zA-Z0-9]*)(?:@(\d{4}-\d{2}-\d{2}))?=(.+)$/;

/** Parse `--param <program>.<parameter>[@YYYY-MM-DD]=<value>`; undated values apply on every date. */
export function parseParamOption(text: string): ParameterOverride {
  const m = PARAM_OPTION.exec(text);
  if (!m) throw new UsageError(message("usage/param-shape", { text: clip(text) }));
  const [, program, parameter, date, raw] = m as unknown as [
    string,
    string,
    string,
    string | undefined,
    string,
  ];
  if (date && !parseIsoDate(date))
    throw new UsageError(message("usage/param-date", { text: clip(text), date }));
  const percent = /^\d+(\.\d+)?%$/.test(raw);
  const value = percent ? new Big(raw.slice(0, -1)).div(100) : parseOptionValue(raw);
  const values = [{ since: date ?? "0000-01-01", value, ref: "--param", override: `--param ${text}` }];
  return { program, parameter, replace: !date, values, ...(percent ? { percent: true } : {}) };
}

function parseOptionValue(raw: string): Value {
  if (/^-?\d+(\.\d+)?$/.test(raw)) return new Big(raw);
  if (raw === "true" || raw === "false") return raw === "true";
  return raw;
}

/**
 * A copy of the program with the override applied, compiled no sooner than the program itself (the compiled
 * expressions read parameters when evaluated); the program's own parameters are never mutated.
 */
export function applyOverride(program: Program, o: ParameterOverride): Program {
  const current = program.parameters.get(o.parameter);
  if (!current) {
    const suggestion = suggest(o.parameter, program.parameters.keys());
    throw new UsageError(
      message("usage/param-unknown", { program: o.program, parameter: o.parameter, suggestion }),
    );
  }
  const name = `${o.program}.${o.parameter}`;
  const given = (v: DatedValue) => clip(v.override ?? v.ref);
  // A percentage is a ratio (as profiles read `5%`, analyst F8); for months or yuan it means nothing.
  if (o.percent && current.unit !== "ratio")
    throw new UsageError(
      message("usage/param-percent", {
        name,
        value: given(o.values[0] as DatedValue),
        unit: current.unit ?? "",
      }),
    );
  for (const v of o.values) {
    const kind = valueKind(v.value);
    if (kind !== current.kind)
      throw new UsageError(
        message("usage/param-kind", { name, want: current.kind, value: given(v), got: kind }),
      );
    // A value the engine cannot honour is refused, never shown as given and computed as another.
    if (
      current.oneOf &&
      !(v.value instanceof Big && current.oneOf.some((n) => v.value instanceof Big && v.value.eq(n)))
    )
      throw new UsageError(message("usage/param-one-of", { name, allowed: current.oneOf, value: given(v) }));
    // The same unit check as the rule files: a what-if of −6 months would compute a negative total.
    const problem = unitProblem(current.unit, v.value);
    if (problem)
      throw new UsageError(
        message("usage/param-unit", { name, problem: problem.says, key: problem.key, value: given(v) }),
      );
  }
  const kept = o.replace ? [] : current.values.filter((v) => !o.values.some((n) => n.since === v.since));
  const merged = [...kept, ...o.values].sort((a, b) => (a.since < b.since ? -1 : 1));
  // A dated local value is under the same law as the bundled ones (law3 F6); an undated what-if holds on every date.
  const values = o.replace ? merged : withHorizons(merged, current.resetWithin);
  const parameters = new Map(program.parameters);
  parameters.set(o.parameter, { ...current, values });
  return changedProgram(program, { parameters });
}

/** The kind of a value, in the words of `typeName` (`number`, `table of number`, …). */
function valueKind(v: Value): string {
  if (v instanceof Big) return "number";
  if (Array.isArray(v)) return "list";
  if (typeof v !== "object" || v instanceof Date) return typeof v;
  const kinds = new Set(Object.values(v).map((x) => valueKind(x)));
  return kinds.size === 1 ? `table of ${[...kinds][0]}` : "table of mixed values";
}

/** Apply overrides to a map of programs, failing on unknown programs with a suggestion. */
export function applyOverrides(
  programs: Map<string, Program>,
  overrides: readonly ParameterOverride[],
): void {
  for (const o of overrides) {
    const program = programs.get(o.program);
    if (!program) {
      const suggestion = suggest(o.program, programs.keys());
      throw new UsageError(message("usage/program-unknown", { id: clip(o.program), suggestion }));
    }
    programs.set(o.program, applyOverride(program, o));
  }
  // Only a tier bound that names a changed parameter can move; the program is compiled for that check alone.
  for (const id of new Set(overrides.map((o) => o.program))) {
    const program = programs.get(id) as Program;
    const changed = new Set(overrides.filter((o) => o.program === id).map((o) => o.parameter));
    if (program.tierBounds?.some((name) => changed.has(name))) tierCheck(program);
  }
}

/**
 * The tier checks of `check` (no empty tier, no gap, no overlap, on every date a bound changes), run again on a
 * program whose parameters a what-if changed: a `--param` may not make tiers that a rule file could not have.
 */
function tierCheck(program: Program): void {
  for (const c of [program.amount?.value, program.amount?.months]) {
    if (c?.kind !== "tiers") continue;
    const [problem] = tierProblemsOverTime(c.tiers, program.parameters);
    if (problem)
      throw new UsageError(message("batch/paramTiers", { program: program.id, problem: problem.says }));
  }
}
