import { didYouMean } from "../diagnostics.js";

/**
 * Names analysts reach for that butie spells differently, with what to write instead. Spelling distance
 * alone misleads here: `age(…)` is closest to `date`, which means something else entirely.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  age: "yearsBetween(person.birthDate, asOf)",
  ageAt: "yearsBetween(person.birthDate, <date>)",
  years: "yearsBetween(<earlier>, <later>)",
  yearsSince: "yearsBetween(<earlier>, asOf)",
  months: "monthsBetween(<earlier>, <later>)",
  monthsSince: "monthsBetween(<earlier>, asOf)",
  monthDiff: "monthsBetween(<earlier>, <later>)",
  days: "daysBetween(<earlier>, <later>)",
  dateDiff: "daysBetween(<earlier>, <later>)",
  today: "asOf (the evaluation date, a name, not a function)",
  now: "asOf (the evaluation date, a name, not a function)",
  retirementAge: "retirementDate(person.birthDate, person.sex, <original age>)",
  contains: "hasAny(<list>, [<value>]) or `<value> in <list>`",
  includes: "hasAny(<list>, [<value>]) or `<value> in <list>`",
  inRegion: 'within(<region field>, "<code>")',
  floor: 'round(<x>, 0, "down")',
  ceil: 'round(<x>, 0, "up")',
  abs: "max(<x>, -(<x>))",
};

/** " (did you mean `…`?)" for an unknown function: a known synonym first, else the closest spelling. */
export function functionSuggestion(name: string, known: readonly string[]): string {
  const synonym = Object.hasOwn(SYNONYMS, name) ? SYNONYMS[name] : undefined;
  return synonym ? ` (to mean that, write \`${synonym}\`)` : didYouMean(name, known);
}
