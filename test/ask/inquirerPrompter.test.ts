// The @inquirer/prompts adapter under @inquirer/testing: what a terminal would show and send.
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { inquirerPrompter, type Prompter } from "../../src/ask/prompter.js";
import { maskIdNumbers } from "../../src/cli/commands/askPrompts.js";

type Streams = { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };

/** A prompt of the adapter as @inquirer/testing renders prompts: a function of a config and the streams. */
function prompt<C, V>(use: (p: Prompter, config: C) => Promise<V>, lang: "zh" | "en" = "zh") {
  return (config: C, context?: Partial<Streams>) =>
    inquirerPrompter(context?.input ?? process.stdin, context?.output ?? process.stdout, lang).then((p) =>
      use(p, config),
    );
}

describe("the @inquirer/prompts adapter", () => {
  it("select: explains its keys in Chinese and returns the chosen value", async () => {
    const { answer, events, getScreen } = await render(
      prompt((p, c: { message: string; choices: { name: string; value: boolean }[] }) =>
        p.select(c),
      ) as never,
      {
        message: "您是否为农民工？",
        choices: [
          { name: "是", value: true },
          { name: "否", value: false },
        ],
      },
    );
    expect(getScreen()).toContain("移动");
    events.keypress("down");
    events.keypress("enter");
    await expect(answer).resolves.toBe(false);
  });

  it("input: an ID number typed is masked once answered", async () => {
    const { answer, events, getScreen } = await render(
      prompt((p, c: { message: string }) => p.input({ ...c, shown: maskIdNumbers })) as never,
      { message: "出生日期？" },
    );
    events.type("340104199001011239");
    events.keypress("enter");
    await expect(answer).resolves.toBe("340104199001011239");
    expect(getScreen()).toContain("3401**********1239");
    expect(getScreen()).not.toContain("340104199001011239");
  });
});
