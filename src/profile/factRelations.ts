import type Big from "big.js";
import type { Value } from "../expr/values.js";
import { type Message, message } from "../messages/index.js";
import type { InBoth } from "../messages/params.js";
import { deriveFromIdNumber } from "./deriveFromIdNumber.js";
import type { FieldCatalogue } from "./fields.js";

/**
 * Facts that contradict each other: each field read alone is fine, together they cannot all be true (insured
 * before birth, 80 months of contributions in 9). Located at `path`; the words name every field involved.
 */
export interface RelationProblem {
  readonly path: string;
  readonly code: string;
  readonly says: Message;
}

type Fields = { get(path: string): Value | undefined; set(path: string, value: Value): unknown };

const BIRTH = "person.birthDate";
const INSURED = "unemployment.firstInsuredDate";
const UNEMPLOYED = "unemployment.unemployedSince";

/** The youngest age at which anyone may be employed, hence insured (劳动法 第十五条). */
const WORKING_AGE = 16;

/**
 * The relations checked (`factRelations`), and the fields they filled that no one wrote (birth date and sex from
 * the ID number), for the report to mark as derived: one step for the full reader and batch's lean one.
 */
export function relatedFacts(
  fields: Fields & { keys(): IterableIterator<string> },
  catalogue: FieldCatalogue,
  asOf?: string,
): { problems: RelationProblem[]; derived?: ReadonlySet<string> } {
  const stated = new Set(fields.keys());
  const problems = factRelations(fields, catalogue, asOf);
  const derived = new Set([...fields.keys()].filter((path) => !stated.has(path)));
  return derived.size ? { problems, derived } : { problems };
}

/**
 * The one place where fields are checked against each other, in every channel (eval, ask, batch, fixtures): what
 * an ID number gives against the birth date and sex written beside it (filling them when absent), then each
 * relation. `asOf` (YYYY-MM-DD) ends a contribution period that has no unemployment date.
 */
export function factRelations(fields: Fields, catalogue: FieldCatalogue, asOf?: string): RelationProblem[] {
  const problems: RelationProblem[] = deriveFromIdNumber(fields).map((wrong) =>
    wrong === "birth"
      ? { path: BIRTH, code: "profile/id-number", says: message("fact/id-birth-mismatch") }
      : { path: "person.sex", code: "profile/id-number", says: message("fact/id-sex-mismatch") },
  );
  const date = (path: string) => {
    const v = fields.get(path);
    return v instanceof Date ? v : undefined;
  };
  const birth = date(BIRTH);
  const insured = date(INSURED);
  const unemployed = date(UNEMPLOYED);
  const sixteen = birth && addYears(birth, WORKING_AGE);
  const contradiction = (path: string, says: Message) =>
    problems.push({ path, code: "profile/contradiction", says });
  // A birth date an ID number gives is a past fact like a written one (office3 F2: an ID born 2030 was paid).
  if (birth && asOf !== undefined && day(birth) > asOf)
    problems.push({
      path: BIRTH,
      code: "profile/after-as-of",
      says: message("fact/after-as-of", { value: day(birth), asOf }),
    });
  if (birth && insured && insured < birth)
    contradiction(
      INSURED,
      message("facts/insured-before-birth", { insured: day(insured), birth: day(birth) }),
    );
  else if (birth && insured && sixteen && insured < sixteen)
    contradiction(
      INSURED,
      message("facts/insured-before-16", { insured: day(insured), birth: day(birth), sixteen: day(sixteen) }),
    );
  if (insured && unemployed && unemployed < insured)
    contradiction(
      UNEMPLOYED,
      message("facts/unemployed-before-insured", { unemployed: day(unemployed), insured: day(insured) }),
    );
  const end = unemployed ?? (asOf === undefined ? undefined : new Date(`${asOf}T00:00:00Z`));
  const periods = [
    { months: "unemployment.contributionMonths", from: insured ? INSURED : BIRTH, start: insured ?? sixteen },
    { months: "pension.continuousMonths", from: BIRTH, start: sixteen },
  ];
  for (const { months, from, start } of periods) {
    const count = fields.get(months) as Big | undefined;
    if (count === undefined || !start || !end) continue;
    // A period that begins after it ends (the 16th birthday after the as-of date: a child) holds no month.
    const most = start > end ? 0 : monthsSpanned(start, end);
    if (count.gt(most))
      contradiction(
        months,
        message("facts/months-beyond-period", {
          field: labelOf(catalogue, months),
          months: count.toString(),
          from: day(start),
          fromField: from === BIRTH ? "sixteen" : labelOf(catalogue, from),
          to: day(end),
          toField: unemployed ? labelOf(catalogue, UNEMPLOYED) : "as-of",
          most,
        }),
      );
  }
  return problems;
}

/** The calendar months `from` and `to` touch, both counted: a month begun is a month a contribution may cover. */
function monthsSpanned(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
}

/** The same day `years` later; 29 February becomes 1 March in a common year. */
function addYears(date: Date, years: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()));
}

/** A day as a message parameter (YYYY-MM-DD): worded where the message is shown, in the run's language. */
const day = (d: Date): string => d.toISOString().slice(0, 10);

function labelOf(catalogue: FieldCatalogue, path: string): InBoth {
  const def = catalogue.fields.get(path);
  return def ? def.label : { zh: path, en: path };
}
