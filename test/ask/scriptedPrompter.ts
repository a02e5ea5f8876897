import type { Choice, Prompter } from "../../src/ask/prompter.js";

/**
 * One scripted answer: said to the first prompt whose message matches `to` (`say` is typed, picked by name,
 * or confirmed). An `optional` answer may go unused: rules that change may stop asking it.
 */
export interface Step {
  readonly to: RegExp;
  readonly say: string | readonly string[] | boolean | "^C";
  readonly optional?: boolean;
  /** Answers every prompt it matches, never used up (implies optional). */
  readonly always?: boolean;
}

/** What the person pressing Ctrl-C makes a prompt reject with (@inquirer/core's ExitPromptError). */
export class ExitPromptError extends Error {
  override name = "ExitPromptError";
}

/**
 * A Prompter that answers from a script and records the transcript. Each prompt takes the first unused step
 * whose pattern matches its message, so the script does not depend on the order of the questions; a prompt
 * no step matches fails the test. Typed text goes through the prompt's own validation, as on a terminal.
 */
export function scriptedPrompter(
  steps: readonly Step[],
): Prompter & { transcript: string[]; shown: string[]; left(): number } {
  const queue = [...steps];
  const transcript: string[] = [];
  /** What each input prompt leaves on screen once answered. */
  const shown: string[] = [];
  const take = (message: string): Step => {
    const i = queue.findIndex((s) => s.to.test(message));
    if (i < 0) throw new Error(`unscripted prompt: ${message}`);
    const step = queue[i] as Step;
    if (!step.always) queue.splice(i, 1);
    if (step.say === "^C") throw new ExitPromptError("User force closed the prompt with SIGINT");
    transcript.push(`${message} → ${String(step.say)}`);
    return step;
  };
  const pick = <T>(choices: readonly Choice<T>[], name: string, message: string): T => {
    const found = choices.find((c) => c.name.includes(name));
    if (!found)
      throw new Error(`no choice "${name}" in "${message}": ${choices.map((c) => c.name).join(" | ")}`);
    return found.value;
  };
  return {
    transcript,
    shown,
    left: () => queue.filter((s) => !s.optional && !s.always).length,
    select: async (o) => pick(o.choices, String(take(o.message).say), o.message),
    checkbox: async (o) => {
      const said = take(o.message).say;
      const names = typeof said === "string" ? [said] : (said as readonly string[]);
      const values = names.map((n) => pick(o.choices, n, o.message));
      const valid = o.validate?.(values) ?? true;
      if (valid !== true) throw new Error(`checkbox rejected: ${valid}`);
      return values;
    },
    input: async (o) => {
      const text = String(take(o.message).say);
      const valid = o.validate?.(text) ?? true;
      if (valid !== true) throw new Error(`input "${text}" rejected: ${valid}`);
      shown.push(o.shown ? o.shown(text) : text);
      return text;
    },
    search: async (o) => {
      const term = String(take(o.message).say);
      const [first] = o.source(term);
      if (!first) throw new Error(`no place found for "${term}"`);
      return first.value;
    },
  };
}
