import { describe, expect, it } from "vitest";
import { CATALOGUES, type Code } from "../../src/messages/index.js";

/** The parameters an entry reads: it is called with a stand-in that records each one asked for. */
type Entry = string | ((p: never, inner: (m: unknown) => string) => string);

/** A message that is a parameter of another is worded by the caller; here, by a stand-in. */
const inner = () => "1";

/** Stand-in values: "1" for each parameter, but a list where an entry joins one in its language's words. */
const SAMPLES: Readonly<Record<string, unknown>> = { allowed: [50, 55] };
const sample = (key: string | symbol) => SAMPLES[String(key)] ?? "1";

function paramsRead(entry: Entry): string[] | "word" {
  if (typeof entry === "string") return "word";
  const read = new Set<string>();
  const stand = new Proxy(
    {},
    {
      get: (_, key) => {
        read.add(String(key));
        return sample(key);
      },
    },
  );
  entry(stand as never, inner);
  return [...read].sort();
}

/** Every code of a catalogue: its parts are linked as prototypes (linkedCatalogue), so own keys are only some. */
function codesOf(catalogue: object): string[] {
  const codes: string[] = [];
  for (const code in catalogue) codes.push(code);
  return codes.sort();
}

describe("the message catalogues", () => {
  const { zh, en } = CATALOGUES;

  it("have the same codes in Chinese and English", () => {
    expect(codesOf(zh)).toEqual(codesOf(en));
    expect(codesOf(zh).length).toBeGreaterThan(400);
  });

  for (const code of codesOf(zh) as Code[])
    it(`${code}: is said with the same parameters in both languages, and says something`, () => {
      const zhEntry = zh[code] as Entry;
      const enEntry = en[code] as Entry;
      expect(paramsRead(zhEntry)).toEqual(paramsRead(enEntry));
      for (const entry of [zhEntry, enEntry])
        expect(
          typeof entry === "string"
            ? entry
            : entry(new Proxy({}, { get: (_, key) => sample(key) }) as never, inner),
        ).not.toBe("");
    });

  it("a test of parity fails on a missing parameter (the check itself can fail)", () => {
    expect(paramsRead(({ a }: { a: string }) => a)).not.toEqual(paramsRead(({ b }: { b: string }) => b));
  });
});
