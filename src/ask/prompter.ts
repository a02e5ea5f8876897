import { styleText } from "node:util";
import { type Code, say } from "../messages/index.js";
import type { Lang } from "./parseAnswer.js";
import { answerAfter, choiceLines, PROMPT_WIDTH, promptLayout } from "./promptLayout.js";

export interface Choice<T> {
  readonly name: string;
  readonly value: T;
  readonly description?: string;
}

/**
 * The prompts `ask` needs, so the questionnaire can be driven by @inquirer/prompts on a terminal or by a
 * script in tests. A prompt rejects with an error named `ExitPromptError` when the person presses Ctrl-C.
 */
export interface Prompter {
  select<T>(o: { message: string; choices: Choice<T>[] }): Promise<T>;
  checkbox<T>(o: {
    message: string;
    choices: Choice<T>[];
    validate?: (chosen: readonly T[]) => true | string;
  }): Promise<T[]>;
  /** `shown` turns the text into what stays on screen once answered (an ID number masked). */
  input(o: {
    message: string;
    validate?: (text: string) => true | string;
    shown?: (text: string) => string;
  }): Promise<string>;
  search<T>(o: { message: string; source: (term: string | undefined) => Choice<T>[] }): Promise<T>;
}

const KEY_ACTIONS: Record<string, Code> = {
  navigate: "ask/keyNavigate",
  select: "ask/keySelect",
  all: "ask/keyAll",
  invert: "ask/keyInvert",
  submit: "ask/keySubmit",
};

/** The key help under a prompt ("↑↓ 移动 • ⏎ 选择") in the questionnaire's language. */
function keysHelpTip(lang: Lang) {
  return (keys: [string, string][]) =>
    keys
      .map(([key, action]) => {
        const code = KEY_ACTIONS[action];
        return `${key} ${code ? say(lang, code as "ask/keyNavigate") : action}`;
      })
      .join(" • ");
}

/**
 * The @inquirer/prompts (v8) implementation, on the given terminal streams. Every message is wrapped by display
 * width (at most 80 columns), and an answer too long for the end of its question goes on a line of its own.
 */
export async function inquirerPrompter(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  lang: Lang,
  columns = PROMPT_WIDTH,
): Promise<Prompter> {
  const inquirer = await import("@inquirer/prompts");
  const context = { input, output } as Parameters<typeof inquirer.select>[1];
  const width = Math.min(columns, PROMPT_WIDTH);
  const cyan = (t: string) => styleText("cyan", t);
  /** The message laid out, and a theme that places the answer after it. */
  const laid = (message: string) => {
    const layout = promptLayout(message, width);
    const after = (answer: string) => answerAfter(layout, answer, width);
    const theme = { style: { keysHelpTip: keysHelpTip(lang), answer: (t: string) => cyan(after(t)) } };
    return { message: layout.text, theme, after };
  };
  /** Choices wrapped under the list's marks; once chosen, a choice is said back as one line. */
  const listed = <T>(choices: Choice<T>[], lead: number) =>
    choices.map((c) => ({ ...c, name: choiceLines(c.name, width, lead), short: c.name }));
  return {
    select: (o) => {
      const l = laid(o.message);
      const choices = listed(o.choices, 2);
      return inquirer.select(
        { message: l.message, theme: l.theme, choices, pageSize: 12, loop: false },
        context,
      );
    },
    checkbox: (o) => {
      const l = laid(o.message);
      return inquirer.checkbox(
        {
          ...o,
          message: l.message,
          theme: l.theme,
          choices: listed(o.choices, 3),
          pageSize: 14,
          loop: false,
          validate: o.validate && ((items) => o.validate?.(items.map((i) => i.value)) ?? true),
        },
        context,
      );
    },
    input: ({ shown, ...o }) => {
      const l = laid(o.message);
      return inquirer.input(
        {
          ...o,
          message: l.message,
          theme: l.theme,
          transformer: (t: string, { isFinal }: { isFinal: boolean }) =>
            isFinal ? cyan(l.after(shown ? shown(t) : t)) : t,
        },
        context,
      );
    },
    search: (o) => {
      const l = laid(o.message);
      return inquirer.search(
        { message: l.message, theme: l.theme, source: (term) => listed(o.source(term), 2), pageSize: 12 },
        context,
      );
    },
  };
}
