import type { Diagnostic } from "../../diagnostics.js";
import { message, sayMessage } from "../../messages/index.js";
import type { RuleCheckContext } from "../../rules/checks/ruleCheck.js";
import { warning } from "../../rules/checks/ruleCheck.js";

const NAME = /[A-Za-z_][\w]*/g;
const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/**
 * A condition's sentence quoting `{p}`, a parameter its test never reads (analyst3 F11: the test changed to
 * `monthsOperating >= midMonths`, the text still said 经营满{minMonths}个月, and a 15-month business was told it
 * had not operated 12 months). What a test reads includes the named values it reads, and theirs.
 */
export function placeholderUnread(c: RuleCheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const named = new Map(Object.entries(c.rule.values ?? {}).map(([n, v]) => [n, String(v.value)]));
  const reads = (text: string): Set<string> => {
    const seen = new Set<string>();
    const visit = (t: string) => {
      for (const [name] of t.matchAll(NAME)) {
        if (seen.has(name)) continue;
        seen.add(name);
        const value = named.get(name);
        if (value !== undefined) visit(value);
      }
    };
    visit(text);
    return seen;
  };
  for (const list of ["conditions", "priority"] as const)
    (c.rule[list] ?? []).forEach((k, i) => {
      const read = reads(String(k.test));
      const quoted = new Set<string>();
      for (const lang of ["zh", "en"] as const)
        for (const [, name] of (k.text[lang] ?? "").matchAll(PLACEHOLDER))
          if (name && name in c.rule.parameters && !read.has(name)) quoted.add(name);
      for (const name of quoted) {
        const says = message("ruleSet/placeholderUnread", { id: k.id, name, test: String(k.test).trim() });
        const d = c.src.at([list, i, "text"], "rule/placeholder-unread", sayMessage("en", says));
        out.push(warning({ ...d, says }));
      }
    });
  return out;
}
