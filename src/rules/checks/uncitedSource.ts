import { citationsOf } from "../sourceChecks.js";
import { type RuleCheck, warning } from "./ruleCheck.js";

/** A source that no condition, parameter or tier cites (`rule/source-uncited`). */
export const uncitedSource: RuleCheck = (c) => {
  const cited = new Set(citationsOf(c.rule).map((x) => x.ref));
  return c.rule.sources.flatMap((s, i) =>
    cited.has(s.id)
      ? []
      : [
          warning(
            c.src.at(
              ["sources", i, "id"],
              "rule/source-uncited",
              `source \`${s.id}\` is never cited by a condition, parameter or tier`,
            ),
          ),
        ],
  );
};
