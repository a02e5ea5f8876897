import type { AsOf } from "../engine/evaluateProgram.js";
import { type Lang, say } from "../messages/index.js";
import type { FieldCatalogue } from "../profile/fields.js";
import type { Profile } from "../profile/profile.js";
import type { Program } from "../rules/program.js";

type Local = { readonly zh: string; readonly en: string };

/** The section every person has (PRODUCT §2): its programs are keyed to the hukou. */
export const PERSON_SECTION = "person";

/** How a situation reads as a choice; a section not named here (a local rule's) shows its catalogue label. */
type SituationCode =
  | "ask/situationUnemployment"
  | "ask/situationBusiness"
  | "ask/situationEmployer"
  | "ask/situationTraining"
  | "ask/situationWelfarePost";

const SITUATION_TEXT: Record<string, SituationCode> = {
  unemployment: "ask/situationUnemployment",
  business: "ask/situationBusiness",
  employer: "ask/situationEmployer",
  training: "ask/situationTraining",
  welfarePost: "ask/situationWelfarePost",
};

export interface Situation {
  readonly section: string;
  readonly label: Local;
  /** Whether its programs are for an employer rather than a person. */
  readonly employer: boolean;
}

const inForce = (p: Program, asOf: AsOf) =>
  asOf.text >= p.inForce.from && (p.inForce.to === undefined || asOf.text <= p.inForce.to);

/**
 * The situations to choose from: one per jurisdiction section of the programs in force, the person's own
 * (programs keyed to the hukou, named by their titles) last — nobody is asked their hukou for a program
 * they did not choose.
 */
export function situationsOf(
  programs: readonly Program[],
  catalogue: FieldCatalogue,
  asOf: AsOf,
): Situation[] {
  const current = programs.filter((p) => inForce(p, asOf));
  const sections = Object.keys(catalogue.sections).filter((s) =>
    current.some((p) => p.jurisdiction.section === s),
  );
  const order = [
    ...sections.filter((s) => s !== PERSON_SECTION),
    ...sections.filter((s) => s === PERSON_SECTION),
  ];
  return order.map((section) => {
    const own = current.filter((p) => p.jurisdiction.section === section);
    return {
      section,
      label: labelOf(section, own, catalogue),
      employer: own.every((p) => p.subject === "employer"),
    };
  });
}

function labelOf(section: string, own: readonly Program[], catalogue: FieldCatalogue): Local {
  const text = (lang: Lang) => {
    if (section === PERSON_SECTION)
      return say(lang, "ask/situationPerson", {
        titles: own.map((p) => p.title[lang]).join(say(lang, "ask/titleSeparator")),
      });
    const code = SITUATION_TEXT[section];
    return code ? say(lang, code) : (catalogue.sections[section]?.label[lang] ?? section);
  };
  return { zh: text("zh"), en: text("en") };
}

/**
 * The sections a questionnaire opens for the chosen situations: those, and the person's own section unless
 * only an employer's situations were chosen (an employer has no birth date).
 */
export function sectionsFor(chosen: readonly string[], situations: readonly Situation[]): string[] {
  const person =
    chosen.length === 0 || chosen.some((s) => !situations.find((x) => x.section === s)?.employer);
  return [...new Set([...chosen, ...(person ? [PERSON_SECTION] : [])])];
}

/**
 * The programs a questionnaire asks about: those keyed to a chosen situation. Choosing none leaves the
 * person's own programs (keyed to the hukou), as before the person's situation was a choice.
 */
export function programsFor(programs: readonly Program[], chosen: readonly string[]): Program[] {
  const sections = chosen.length ? chosen : [PERSON_SECTION];
  return programs.filter((p) => sections.includes(p.jurisdiction.section));
}

/**
 * The situations a profile stands for: its sections other than the person's, and the person's own when the
 * file gives the place one of its programs is keyed to (the hukou), or names no other situation.
 */
export function situationsIn(
  profile: Profile,
  programs: readonly Program[],
  catalogue: FieldCatalogue,
): string[] {
  const others = Object.keys(catalogue.sections).filter(
    (s) => s !== PERSON_SECTION && profile.sections.has(s),
  );
  const placed = programs.some(
    (p) => p.jurisdiction.section === PERSON_SECTION && profile.fields.has(p.jurisdiction.field),
  );
  return [...others, ...(placed || !others.length ? [PERSON_SECTION] : [])];
}
