import type { AsOf } from "../engine/evaluateProgram.js";
import type { FieldCatalogue } from "../profile/fields.js";
import type { Program } from "../rules/program.js";

type Local = { readonly zh: string; readonly en: string };

/** The section every person has (PRODUCT §2): programs keyed to it apply without being chosen. */
export const PERSON_SECTION = "person";

/** How a situation reads as a choice; a section not named here (a local rule's) shows its catalogue label. */
const SITUATION_TEXT: Record<string, Local> = {
  unemployment: { zh: "我失业了（参加过失业保险）", en: "I am unemployed (and was insured)" },
  business: { zh: "我在经营企业或个体户", en: "I run a business or an individual business" },
  employer: { zh: "我代表用人单位（吸纳人员就业）", en: "I represent an employer (hiring people)" },
  training: { zh: "我在参加职业技能培训", en: "I am in vocational training" },
  welfarePost: { zh: "我在乡村公益性岗位", en: "I hold a rural public-welfare post" },
};

export interface Situation {
  readonly section: string;
  readonly label: Local;
  /** Whether its programs are for an employer rather than a person. */
  readonly employer: boolean;
}

/** The situations that decide which sections exist: the jurisdiction sections of the programs in force. */
export function situationsOf(
  programs: readonly Program[],
  catalogue: FieldCatalogue,
  asOf: AsOf,
): Situation[] {
  const inForce = programs.filter(
    (p) => asOf.text >= p.inForce.from && (p.inForce.to === undefined || asOf.text <= p.inForce.to),
  );
  const sections = Object.keys(catalogue.sections).filter(
    (s) => s !== PERSON_SECTION && inForce.some((p) => p.jurisdiction.section === s),
  );
  return sections.map((section) => {
    const own = inForce.filter((p) => p.jurisdiction.section === section);
    return {
      section,
      label: SITUATION_TEXT[section] ?? (catalogue.sections[section]?.label as Local),
      employer: own.every((p) => p.subject === "employer"),
    };
  });
}

/**
 * The sections a questionnaire opens for the chosen situations: those, and the person's own section unless
 * only an employer's situations were chosen (an employer has no hukou).
 */
export function sectionsFor(chosen: readonly Situation[]): string[] {
  const person = chosen.length === 0 || chosen.some((s) => !s.employer);
  return [...chosen.map((s) => s.section), ...(person ? [PERSON_SECTION] : [])];
}
