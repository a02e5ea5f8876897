import { isScalar, parseDocument, Scalar, visit } from "yaml";
import type { Diagnostic } from "../../diagnostics.js";
import type { RuleCheckContext } from "../../rules/checks/ruleCheck.js";

const CJK = "[\\u2014\\u2026\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]";
/** A space YAML folding put between two Chinese characters (or full-width punctuation). */
const FOLDED_SPACE = new RegExp(`${CJK} ${CJK}`);

/**
 * A folded block (`>` or `>-`) joins its lines with a space: right for English, wrong for Chinese, where a
 * quote of a legal text then holds spaces the text does not have ("给予 一次性创业补贴").
 */
export function foldedChinese({ src }: RuleCheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Parse again only when the file has a folded block at all (most have none).
  if (!/:[ \t]*>[-+]?[ \t]*(#.*)?$/m.test(src.text)) return out;
  const doc = parseDocument(src.text, { keepSourceTokens: false });
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || node.type !== Scalar.BLOCK_FOLDED || typeof node.value !== "string") return;
      if (!FOLDED_SPACE.test(node.value) || !node.range) return;
      out.push({
        ...src.diagnosticAt(
          node.range[0],
          "rule/folded-chinese",
          "a folded block (>) joins lines with a space, which Chinese text does not have: use a literal block (|-) with one line, or write it on one line",
        ),
        severity: "warning",
      });
    },
  });
  return out;
}
