import type { Value } from "../expr/values.js";
import { toJson } from "../expr/values.js";
import type { Profile } from "../profile/profile.js";
import type { RawValue } from "./answers.js";
import { splitPath } from "./answers.js";
import { Questionnaire, type QuestionnaireSetup } from "./questionnaire.js";
import { programsFor, situationsIn } from "./situations.js";

/** A field of a loaded profile as profile data (what a person would have typed). */
export function rawValueAt(profile: Profile, path: string): RawValue | undefined {
  const { section, field, index, sub } = splitPath(path);
  const value = profile.fields.get(`${section}.${field}`);
  if (value === undefined) return undefined;
  if (index === undefined || sub === undefined) return toJson(value) as RawValue;
  const record = (value as readonly Record<string, Value | undefined>[])[index];
  const item = record?.[sub];
  return item === undefined ? undefined : (toJson(item) as RawValue);
}

/**
 * The questionnaire a profile stands for: its situations (see `situationsIn`) choose the programs, and its
 * sections are the ones opened.
 */
export function replaySetup(
  setup: Omit<QuestionnaireSetup, "sections">,
  profile: Profile,
): QuestionnaireSetup {
  const chosen = situationsIn(profile, setup.programs, setup.catalogue);
  const sections = Object.keys(setup.catalogue.sections).filter((s) => profile.sections.has(s));
  return { ...setup, programs: programsFor(setup.programs, chosen), sections };
}

/**
 * Run the questionnaire with the answers taken from a profile: its sections are the situations, every
 * question is answered from the file, and a field the file does not give is "不知道". Pure.
 */
export function replayQuestionnaire(
  setup: Omit<QuestionnaireSetup, "sections">,
  profile: Profile,
  onStep?: (q: Questionnaire) => void,
): Questionnaire {
  const q = new Questionnaire(replaySetup(setup, profile));
  for (let question = q.next(); question; question = q.next()) {
    const path = question.field.path;
    const value = rawValueAt(profile, path);
    if (value === undefined) q.decline(path);
    else q.answer(path, value);
    onStep?.(q);
  }
  return q;
}
