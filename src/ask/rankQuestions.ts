import { evaluateProgram } from "../compiled/evaluate.js";
import type { AsOf } from "../engine/evaluateProgram.js";
import type { Evaluation, ProgramResult } from "../engine/result.js";
import type { RecordValue, Value } from "../expr/values.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { fieldValuesOf } from "../profile/fieldValues.js";
import type { Profile } from "../profile/profile.js";
import { sharedSections } from "../profile/sharedSections.js";
import { isFieldPath, splitPath } from "./answers.js";
import { catalogueOrder, fieldAt } from "./fieldAt.js";
import { isOpen } from "./openPrograms.js";
import { valueDomain } from "./valueDomain.js";

/** A field that could still change some outcome, with the scores that rank it. */
export interface Candidate {
  readonly path: string;
  readonly section: string;
  /** Expected number of open programs an answer settles (uniform over the answers, or intervals of them). */
  readonly gain: number;
  /** The fewest programs any answer settles. */
  readonly worstGain: number;
  /**
   * Expected share of the open programs' missing fields an answer removes (settled programs count 1; a
   * program still waiting for a declined field counts only if the answer settles it).
   */
  readonly progress: number;
  /** Read by an eligibility condition, not only by an amount. */
  readonly gate: boolean;
  /** How many open programs list the field as missing. */
  readonly mentions: number;
  /** Position in the field catalogue: the author's order. */
  readonly order: number;
}

/**
 * The candidates — the union of `missing` over open programs, less what was answered or declined — scored by
 * a one-step lookahead: each is set to each value of its domain and the programs that read it re-evaluated.
 * Sorted best first: gain, worst-case gain, progress, gate before amount, mentions, catalogue order, path.
 *
 * A candidate that settles nothing and removes no missing field is dropped when every program it could serve
 * also waits for a declined field: such a program can only still be settled by a false condition, and the
 * lookahead found none. Otherwise it is kept, last: the engine says it matters, and the sampled values may
 * have missed a threshold.
 */
export function rankCandidates(input: {
  readonly evaluation: Evaluation;
  readonly profile: Profile;
  readonly asOf: AsOf;
  readonly catalogue: FieldCatalogue;
  readonly settled: (path: string) => boolean;
}): Candidate[] {
  const open = input.evaluation.results.filter(isOpen);
  const paths = new Set(open.flatMap((r) => r.missing).filter((p) => isFieldPath(p) && !input.settled(p)));
  const out: Candidate[] = [];
  for (const path of paths) {
    const at = fieldAt(input.catalogue, path);
    if (!at) continue;
    const affected = open.filter((r) => r.missing.includes(path));
    const scores = lookahead(path, affected, input);
    const blocked = affected.every((r) => r.missing.some(input.settled));
    if (blocked && scores.gain === 0 && scores.progress === 0) continue;
    out.push({
      path,
      section: at.section,
      ...scores,
      gate: affected.some((r) => r.status === "undetermined"),
      mentions: affected.length,
      order: catalogueOrder(input.catalogue, path),
    });
  }
  return out.sort(compareCandidates);
}

/** Best first. Exported for the tests of the tie-breaks. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.gain - a.gain ||
    b.worstGain - a.worstGain ||
    b.progress - a.progress ||
    Number(b.gate) - Number(a.gate) ||
    b.mentions - a.mentions ||
    a.order - b.order ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
}

/**
 * Keep topics together: after a question about one section, a candidate of the same section is preferred
 * while its gain is at least half the best one's (progress decides when no answer settles a program).
 */
export function pickNext(ranked: readonly Candidate[], lastSection?: string): Candidate | undefined {
  const best = ranked[0];
  if (!best || lastSection === undefined || best.section === lastSection) return best;
  const sameTopic = ranked.find((c) => c.section === lastSection);
  if (!sameTopic) return best;
  const close = best.gain > 0 ? sameTopic.gain >= best.gain / 2 : sameTopic.progress >= best.progress / 2;
  return close ? sameTopic : best;
}

type Scores = Pick<Candidate, "gain" | "worstGain" | "progress">;

function lookahead(
  path: string,
  affected: readonly ProgramResult[],
  input: {
    readonly profile: Profile;
    readonly asOf: AsOf;
    readonly catalogue: FieldCatalogue;
    readonly settled: (path: string) => boolean;
  },
): Scores {
  const at = fieldAt(input.catalogue, path);
  if (!at) return { gain: 0, worstGain: 0, progress: 0 };
  const programs = affected.map((r) => r.program);
  const domain = valueDomain(at.def, programs, input.asOf);
  type Sample = { signature: string; settled: number; progress: number };
  const samples: Sample[] = domain.values.map((v) => {
    const profile = withValue(input.profile, path, v);
    let settled = 0;
    let progress = 0;
    const signature: string[] = [];
    affected.forEach((before, i) => {
      const after = evaluateProgram(programs[i] as (typeof programs)[number], profile, input.asOf, {
        explain: false,
      });
      signature.push(`${after.status}:${[...after.missing].sort().join(",")}`);
      if (!isOpen(after)) {
        settled++;
        progress++;
      } else if (!before.missing.some(input.settled)) {
        // Fewer fields to go counts only where every one left can still be answered.
        const gone = before.missing.filter((m) => !after.missing.includes(m)).length;
        progress += gone / before.missing.length;
      }
    });
    return { signature: signature.join("|"), settled, progress };
  });
  // Neighbouring numbers or dates with the same outcomes are one interval: one answer, not many.
  const answers = domain.ordered
    ? samples.filter((s, i) => i === 0 || samples[i - 1]?.signature !== s.signature)
    : samples;
  if (!answers.length) return { gain: 0, worstGain: 0, progress: 0 };
  const mean = (f: (s: Sample) => number) => answers.reduce((acc, s) => acc + f(s), 0) / answers.length;
  return {
    gain: mean((s) => s.settled),
    worstGain: Math.min(...answers.map((s) => s.settled)),
    progress: mean((s) => s.progress),
  };
}

/** The profile with one more field known (a record's sub-field set in a copy of its record). */
export function withValue(profile: Profile, path: string, value: Value): Profile {
  const { section, field, index, sub } = splitPath(path);
  const fields = fieldValuesOf(profile.fields);
  const sections = sharedSections(new Set(profile.sections).add(section));
  if (index === undefined || sub === undefined) fields.set(path, value);
  else {
    const listPath = `${section}.${field}`;
    const list = [...((fields.get(listPath) as readonly RecordValue[] | undefined) ?? [])];
    while (list.length <= index) list.push({});
    list[index] = { ...list[index], [sub]: value };
    fields.set(listPath, list);
  }
  return { fields, sections };
}
