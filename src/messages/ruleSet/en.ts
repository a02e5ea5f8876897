import type { Entry } from "../catalogue.js";
import type { RuleSetParams } from "./params.js";

/** English words of the findings about rule files read together (analyst3). */
export const enRuleSet: { readonly [K in keyof RuleSetParams]: Entry<RuleSetParams[K]> } = {
  "ruleSet/overrideConflict": ({ program, parameter, date, value, file, otherValue, otherFile }) =>
    `the value of \`${parameter}\` of ${program} from ${date} is set by two local rule files: ${otherValue} in ${otherFile}, ${value} in ${file}; which one applies would depend on the order of --rules. Set the value for this date in one file only`,
  "ruleSet/onlyNotApplicable": ({ program, file }) =>
    `UNTESTED ${program} (${file}): every fixture expects it not to apply, so they test only its dates and place, none of its conditions or amounts (add a case inside its region and term)`,
  "ruleSet/amountPer": ({ text, unit, per }) =>
    unit === "yuan"
      ? `the amount \`${text}\` is in yuan (a one-off) but amount.per is ${per}: it would be paid every month; set per: once, or give the parameter unit yuan/month`
      : `the amount \`${text}\` is in yuan/month but amount.per is ${per}: one month's amount would be paid once; set per: month, or give the parameter unit yuan`,
  "ruleSet/amountUnsourced": ({ parameter, date, ref }) =>
    `the money parameter \`${parameter}\` from ${date} cites "${ref}", which is none of the file's sources: an amount must rest on a public source (title, url, quote); for an amount not published, say so in amountNote instead of a figure with no source`,
  "ruleSet/placeholderUnread": ({ id, name, test }) =>
    `the text of condition ${id} quotes {${name}}, which its test \`${test}\` does not read: the explanation would contradict the number the decision used; quote the parameter the test reads`,
  "ruleSet/tableKeysLeft": ({ parameter, date, keys, since }) =>
    `the value of \`${parameter}\` from ${date} leaves out ${keys}, which the value from ${since} has: those cases would have no value and be reported as missing information; copy the unchanged entries`,
  "ruleSet/valueAfterTerm": ({ parameter, date, program, to }) =>
    `the value of \`${parameter}\` from ${date} starts after ${program} ends (in force to ${to}): it can never apply; to extend the program, write a local rule replacing it with a later inForce.to`,
  "ruleSet/fileTiers": ({ program, problem, file }, inner) =>
    `the values of the local rule file ${file} make the tiers of ${program} impossible: ${inner(problem)}`,
};
