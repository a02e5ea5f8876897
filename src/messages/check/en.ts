import type { Entry } from "../catalogue.js";
import type { CheckParams } from "./params.js";

const unitWords = (unit: string) => (unit === "plain" ? "has no unit (a plain number)" : `is in ${unit}`);
const HOW = {
  compare: "cannot be compared",
  sum: "cannot be added, subtracted or chosen between",
  shift: "cannot be the count this date is shifted by",
};

/** English words of `butie check`'s findings in expressions. */
export const enCheck = {
  "check/unitMismatch": ({ how, left, leftUnit, right, rightUnit, counter }) =>
    `\`${left}\` ${unitWords(leftUnit)}; \`${right}\` ${unitWords(rightUnit)}: they ${HOW[how]}; ${
      counter
        ? `use ${counter}`
        : leftUnit === "plain" || rightUnit === "plain"
          ? "if the plain number has a unit, declare it (unit:); otherwise use a parameter or field of the same unit"
          : "convert to one unit (a parameter in that unit)"
    }`,
  "check/amountUnit": ({ text, unit, part }) =>
    part === "value"
      ? `the amount \`${text}\` ${unitWords(unit)}: an amount is in yuan or yuan/month; is this the wrong parameter?`
      : `the number of months \`${text}\` ${unitWords(unit)}: it must be in months`,
  "check/excludesUnknown": ({ id, near }) =>
    `\`${id}\` under excludes is the id of no bundled or local program${near ? ` (did you mean \`${near}\`?)` : ""}: two programs that cannot both be paid would both be paid`,
  "check/neverTrueRange": ({ field, from, fromIn, to, toIn }) =>
    `this condition can never be true: ${field} cannot be ${fromIn ? "at least" : "above"} ${from} and ${toIn ? "at most" : "below"} ${to}; everyone would be found not eligible`,
  "check/neverTrueBoth": ({ field }) =>
    `this condition can never be true: ${field} cannot be both true and false; everyone would be found not eligible`,
  "check/bareFigure": ({ value, text }) =>
    `the amount \`${text}\` holds the bare number ${value}: make it a named parameter with a dated value and a ref (docs/rules.md §3)`,
  "check/readsLater": ({ name }) =>
    `\`${name}\` is a named value of this file defined below the one that reads it: a named value reads only those above it; move \`${name}\` up`,
  "usage/param-percent": ({ name, value, unit }) =>
    `${name} is not a ratio${unit ? ` (it is in ${unit})` : ""}, so it cannot be a percentage: ${value}; give a number`,
  "run/fail": ({ file, line, name, program }) => `FAIL ${file}:${line} ${name} [${program}]`,
  "run/brokenFixture": "(fixture file could not be loaded)",
  "run/shadowed": ({ file, program, by }) =>
    `note: ${file} ran against the bundled ${program}, which ${by} changes locally; local fixtures test the local version`,
  "run/untested": ({ program, file, fixture }) =>
    `UNTESTED ${program} (${file}) has no fixture: nothing tests it (add ${fixture})`,
  "run/untestedLocal": ({ program, by }) =>
    `UNTESTED ${program}: ${by} changes it locally, and no local fixture tests the local version (add one beside it)`,
  "run/noFixtureFiles": "no fixture files (*.test.yaml) found: nothing was tested",
  "run/nothingRan": "no expectation ran: nothing was tested",
  "run/noMatch": ({ filter }) => `no case name or program matches --filter ${filter}: nothing was tested`,
  "run/coverageHead": "Coverage (condition outcomes true/false/unknown, amount cases and tiers):",
  "run/notExercised": ({ gap }) => `not exercised: ${gap}`,
  "run/coverageAll": ({ percent, min }) =>
    `${percent}% in all${min === undefined ? "" : ` (minimum ${min}%)`}`,
  "run/coverageLow": ({ percent, min }) => `coverage ${percent}% is below the minimum ${min}%`,
  "run/files": ({ files, expectations }) =>
    `${plural(files, "fixture file")}, ${plural(expectations, "expectation")}`,
  "run/passed": ({ passed, failed }) => `${passed} passed, ${failed} failed`,
  "run/checked": ({ errors, warnings, files }) =>
    `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")}`,
} satisfies { [K in keyof CheckParams]: Entry<CheckParams[K]> };

/** `1 error`, `2 errors`. */
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
