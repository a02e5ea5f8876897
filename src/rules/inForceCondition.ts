import { type Compiled, T } from "../expr/types.js";
import { parseIsoDate, Unknown } from "../expr/values.js";
import { inEachLanguage, say } from "../messages/index.js";
import { isoDateWords } from "./dateWords.js";
import type { Condition, Horizon } from "./program.js";

/** The id of the automatic condition "the program still runs on the date of the answer" (reserved). */
export const IN_FORCE = "in-force";

/** No field can settle it: only a newer public source (a local rule citing one) can. */
const LAW_UNKNOWN = new Unknown([]);

/**
 * A program whose term has a known horizon (a transition period that ended, a default validity) is not known to
 * run from that day: the automatic condition is unknown from then, so every evaluator — the engine, the lean
 * path of a batch — answers undetermined, never eligible. Before the horizon it holds and is not listed.
 */
export function inForceCondition(horizon: Horizon | undefined): Condition | undefined {
  const on = horizon && parseIsoDate(horizon.on);
  if (!horizon || !on) return undefined;
  const time = on.getTime();
  const test: Compiled = {
    type: T.boolean,
    fields: [],
    params: [],
    readsAsOf: true,
    evaluate: (ctx) => (ctx.asOf.getTime() >= time ? LAW_UNKNOWN : true),
  };
  const words = (lang: "zh" | "en") =>
    say(lang, "currency/inForceOpen", { on: isoDateWords(horizon.on, lang), why: horizon.text[lang] });
  // Worded when read: a run in one language loads one language's catalogue (src/messages/index.ts).
  const text = inEachLanguage(words);
  return { id: IN_FORCE, text, test, source: horizon.ref };
}
