import type { Choice, Prompter } from "../../src/cli/commands/askPrompts.js";

/** One scripted answer: the prompt's message must match `to`; `say` is typed, picked by name, or confirmed. */
export interface Step {
  readonly to: RegExp;
  readonly say: string | readonly string[] | boolean | "^C";
}

/** What the person pressing Ctrl-C makes a prompt reject with (@inquirer/core's ExitPromptError). */
export class ExitPromptError extends Error {
  override name = "ExitPromptError";
}

/**
 * A Prompter that answers from a script, checking each prompt's message, and records the transcript.
 * Typed text goes through the prompt's own validation, as on a terminal; a rejected text fails the test.
 */
export function scriptedPrompter(
  steps: readonly Step[],
): Prompter & { transcript: string[]; shown: string[]; left(): number } {
  const queue = [...steps];
  const transcript: string[] = [];
  /** What each input prompt leaves on screen once answered. */
  const shown: string[] = [];
  const take = (message: string): Step => {
    const step = queue.shift();
    if (!step) throw new Error(`unscripted prompt: ${message}`);
    if (!step.to.test(message)) throw new Error(`expected a prompt like ${step.to}, got: ${message}`);
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
    left: () => queue.length,
    select: async (o) => pick(o.choices, String(take(o.message).say), o.message),
    checkbox: async (o) => {
      const names = take(o.message).say as readonly string[];
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
    confirm: async (o) => Boolean(take(o.message).say),
  };
}
