import { type Diagnostic, suggest } from "../../diagnostics.js";
import { message, sayMessage } from "../../messages/index.js";
import type { RuleCheckContext } from "./ruleCheck.js";

/**
 * Ids under `excludes` that name no program of the rule set (analyst F1b): a typo there silently pays two
 * programs that cannot both be paid. `ids`: every program loaded, bundled and local.
 */
export function unknownExcludes(files: readonly RuleCheckContext[], ids: ReadonlySet<string>): Diagnostic[] {
  return files.flatMap((c) =>
    c.rule.excludes.flatMap((id, i) => {
      if (ids.has(id) || id === c.rule.id) return [];
      const near = suggest(id, ids);
      const says = message("check/excludesUnknown", { id, ...(near ? { near } : {}) });
      return [{ ...c.src.at(["excludes", i], "rule/excludes-unknown", sayMessage("en", says)), says }];
    }),
  );
}
