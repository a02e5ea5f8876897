import type { AmountResult, ProgramResult, UsedParameter } from "../../../engine/result.js";
import { scheduleValues } from "../../../explain/scheduleValues.js";
import type { Program } from "../../../rules/program.js";

/** A document a decision rests on, or the free text a value's `ref` gives instead (then without url or quote). */
export interface DecisionSource {
  readonly title: string;
  readonly url?: string;
  readonly quote?: string;
}

/** What a `--param` value cites: no document, it is supposed (the what-if note says so). */
const WHAT_IF_REF = "--param";

/** The amount whose arithmetic is shown: the one paid, or the one it would pay if the law still runs past its horizon. */
export function shownAmount(r: ProgramResult): AmountResult | null | undefined {
  return r.status === "eligible" ? r.amount : r.lawUnknown?.ifInForce;
}

/**
 * The sources this decision rests on, in the rule's order, then the free-text origins of values: those of the
 * conditions that decided (every condition of an eligible result, the failed ones of an ineligible one, the open
 * ones of an undetermined one) and of the parameter values they read on the date used; of the values and cases the
 * amount used, month by month; of the caveats shown and the dates they name; of the law's horizon when it is passed.
 * A decision whose parts cite nothing is cited by all the program's sources, so that none stands without one.
 */
export function decisionSources(r: ProgramResult): DecisionSource[] {
  const decided = r.conditions.filter((c) =>
    r.status === "eligible" ? true : r.status === "ineligible" ? c.result === false : c.result === null,
  );
  const a = shownAmount(r);
  const shown = new Set((r.caveats ?? []).map((c) => c.id));
  const refs = [
    ...decided.flatMap((c) => [c.source, ...c.parameters.map((p) => p.ref)]),
    ...amountRefs(r, a),
    ...(r.program.caveats ?? []).filter((c) => shown.has(c.id)).map((c) => c.source),
    ...(r.caveats ?? []).flatMap((c) => (c.currency ?? []).map((f) => f.ref)),
    r.lawUnknown?.ref,
  ].filter((ref): ref is string => ref !== undefined && ref !== WHAT_IF_REF);
  const ids = new Set(refs);
  const cited: DecisionSource[] = r.program.sources.filter((s) => ids.has(s.id));
  const known = new Set(r.program.sources.map((s) => s.id));
  const freeText = [...ids].filter((ref) => !known.has(ref)).map((title) => ({ title }));
  return cited.length || freeText.length ? [...cited, ...freeText] : [...r.program.sources];
}

function amountRefs(r: ProgramResult, a: AmountResult | null | undefined): (string | undefined)[] {
  if (!a) return [];
  return [
    ...a.parameters.map((p) => p.ref),
    ...scheduleValues(a, r.program).map((v) => v.used.ref),
    a.caseSources?.value,
    a.caseSources?.months,
    a.continued ? r.program.amount?.continueUntil?.source : undefined,
  ];
}

/** The title of the source a parameter value cites, or its free-text `ref`; none for a supposed (`--param`) value. */
export function originOfValue(used: UsedParameter, program: Program): string | undefined {
  if (used.ref === WHAT_IF_REF) return undefined;
  return program.sources.find((s) => s.id === used.ref)?.title ?? used.ref;
}

/** The source a parameter value cites, among a decision's sources. */
export function sourceOfValue(
  used: UsedParameter,
  r: ProgramResult,
  sources: readonly DecisionSource[],
): DecisionSource | undefined {
  const title = originOfValue(used, r.program);
  return title === undefined ? undefined : sources.find((s) => s.title === title);
}
