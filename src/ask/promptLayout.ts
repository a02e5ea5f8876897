import { displayWidth, wrapLine } from "../text/width.js";

/** The widest a question is laid out, even on a wider terminal: longer lines are hard to read. */
export const PROMPT_WIDTH = 80;

/** A prompt's message laid out for the terminal, and the column its last line ends at. */
export interface PromptLayout {
  readonly text: string;
  readonly end: number;
}

/**
 * The message of a prompt wrapped by display width: "? " (or "✔ ") takes the first two columns, continuation
 * lines are indented to match. CJK text breaks between characters, a number or a code never.
 */
export function promptLayout(message: string, width: number): PromptLayout {
  const lines = message.split("\n").flatMap((line, i) => {
    // The first line is measured with the two columns of the prompt's mark before it.
    const wrapped = wrapLine(i === 0 ? `  ${line}` : line, width, "  ");
    return i === 0 ? [wrapped[0]?.slice(2) ?? "", ...wrapped.slice(1)] : wrapped;
  });
  const last = lines.at(-1) ?? "";
  return { text: lines.join("\n"), end: displayWidth(last) + (lines.length === 1 ? 2 : 0) };
}

/** An answer shown after its question: on the same line when it fits, else on lines of its own, indented. */
export function answerAfter(layout: PromptLayout, answer: string, width: number): string {
  if (layout.end + 1 + displayWidth(answer) <= width) return answer;
  return `\n${wrapLine(`  ${answer}`, width, "  ").join("\n")}`;
}

/**
 * A choice's name wrapped under the list's marks ("❯ " for a list, "❯◯ " for check boxes: `lead` columns), so
 * that a long one (a program's title) never wraps at the terminal's edge.
 */
export function choiceLines(name: string, width: number, lead: number): string {
  const pad = " ".repeat(lead);
  const lines = wrapLine(`${pad}${name}`, width, pad);
  return [lines[0]?.slice(lead) ?? "", ...lines.slice(1)].join("\n");
}

/**
 * A line of a replay's transcript, `NN. question → answer`, wrapped by display width as the prompts are, the
 * continuation under the question.
 */
export function transcriptLine(n: number, question: string, answer: string, width = PROMPT_WIDTH): string {
  const lead = `${String(n).padStart(2)}. `;
  return wrapLine(`${lead}${question} → ${answer}`, width, " ".repeat(lead.length)).join("\n");
}
