import type { Inner } from "../general/params.js";

/**
 * Parameters of the findings about a set of rule files read together and about what a rule file promises
 * (analyst3): values two files both set, coverage that asserts nothing, lints of amounts and their sources.
 */
export interface RuleSetParams {
  /** Two local files give the same parameter a value from the same date: which one applies would be the order. */
  "ruleSet/overrideConflict": {
    program: string;
    parameter: string;
    date: string;
    value: string;
    file: string;
    otherValue: string;
    otherFile: string;
  };
  /** A program whose fixtures all expect `not-applicable` (0 % reached). */
  "ruleSet/onlyNotApplicable": { program: string; file: string };
  /** An amount's money unit against `amount.per`: yuan paid per month, or yuan/month paid once. */
  "ruleSet/amountPer": { text: string; unit: string; per: string };
  /** A money value whose `ref` names no source of the file (free text). */
  "ruleSet/amountUnsourced": { parameter: string; date: string; ref: string };
  /** A condition's sentence quoting a parameter its test does not read. */
  "ruleSet/placeholderUnread": { id: string; name: string; test: string };
  /** A local table value that leaves out keys the value before it has. */
  "ruleSet/tableKeysLeft": { parameter: string; date: string; keys: string; since: string };
  /** A local value dated after the program's term ends. */
  "ruleSet/valueAfterTerm": { parameter: string; date: string; program: string; to: string };
  /** An `overrides:` file whose values make a program's tiers impossible (not `--param`). */
  "ruleSet/fileTiers": { program: string; problem: Inner; file: string };
}
