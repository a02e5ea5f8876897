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
} satisfies { [K in keyof CheckParams]: Entry<CheckParams[K]> };
