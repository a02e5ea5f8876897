import { describe, expect, it } from "vitest";
import { CATALOGUES, type Code } from "../../src/messages/index.js";

/** The parameters an entry reads: it is called with a stand-in that records each one asked for. */
function paramsRead(entry: string | ((p: never) => string)): string[] | "word" {
  if (typeof entry === "string") return "word";
  const read = new Set<string>();
  const stand = new Proxy(
    {},
    {
      get: (_, key) => {
        read.add(String(key));
        return "1";
      },
    },
  );
  entry(stand as never);
  return [...read].sort();
}

describe("the message catalogues", () => {
  const { zh, en } = CATALOGUES;

  it("have the same codes in Chinese and English", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(zh).length).toBeGreaterThan(50);
  });

  for (const code of Object.keys(zh) as Code[])
    it(`${code}: is said with the same parameters in both languages, and says something`, () => {
      const zhEntry = zh[code] as string | ((p: unknown) => string);
      const enEntry = en[code] as string | ((p: unknown) => string);
      expect(paramsRead(zhEntry)).toEqual(paramsRead(enEntry));
      for (const entry of [zhEntry, enEntry])
        expect(typeof entry === "string" ? entry : entry(new Proxy({}, { get: () => "1" }))).not.toBe("");
    });

  it("a test of parity fails on a missing parameter (the check itself can fail)", () => {
    expect(paramsRead(({ a }: { a: string }) => a)).not.toEqual(paramsRead(({ b }: { b: string }) => b));
  });
});
