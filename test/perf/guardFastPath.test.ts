import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guardFully, guardOutput, mayNeedGuard } from "../../src/text/guard.js";
import { ID, ID2 } from "../bad-inputs/mini.js";

/*
 * The output guard skips its regexes when a cheap scan says the text cannot hold an ID number or a control
 * character. The skip must never change a byte: on generated text (ID numbers typed every way people type them,
 * glued to digits, amounts, dates, control and colour codes, Chinese words), the fast path equals the full one.
 */
const fullWidth = (s: string) => s.replace(/[0-9Xx]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const GAPS = [" ", "-", "\u00a0", "\u3000", "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"];
const MODES = [false, "colour", true] as const;

const idTyped = fc
  .tuple(
    fc.constantFrom(ID, ID2, ID.toLowerCase(), "123456789012345678", "11010519491231002"),
    fc.boolean(),
    fc.array(fc.option(fc.constantFrom(...GAPS), { nil: "" }), { minLength: 18, maxLength: 18 }),
  )
  .map(([id, wide, gaps]) => [...(wide ? fullWidth(id) : id)].map((c, i) => c + gaps[i]).join(""));
const piece = fc.oneof(
  idTyped,
  fc.constantFrom(
    "1234.50",
    "2022-03-01",
    "失业保险金",
    "符合条件",
    ",",
    "\n",
    "\t",
    "\r",
    "\u001b[31m",
    "\u001b[2K",
  ),
  fc.constantFrom("\u0007", "\u009b", "\u007f", "X", "ｘ", "5000 ", " 12", "-"),
  fc.stringMatching(/^[0-9 -]{0,24}$/),
  fc.string({ unit: "binary", maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));

describe("the output guard's fast path", () => {
  it("gives the full guard's output byte for byte, in every terminal mode", () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...MODES), (t, mode) => {
        expect(guardOutput(t, mode)).toBe(guardFully(t, mode));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 2000) },
    );
  });

  it("skips only text the full guard leaves as it is", () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...MODES), (t, mode) => {
        if (!mayNeedGuard(t)) expect(guardFully(t, mode)).toBe(t);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 2000) },
    );
  });

  it("sends ID numbers however typed, and control characters, to the full guard", () => {
    const split = [...ID].join("\u200b");
    for (const t of [
      `号码${ID}。`,
      fullWidth(ID),
      split,
      `${ID.slice(0, 6)} ${ID.slice(6)}`,
      "a\u001b[2Jb",
      "\r",
    ])
      expect(mayNeedGuard(t)).toBe(true);
    expect(guardOutput(`号码${split}。`)).toBe("号码1101**********002X。");
  });

  it("skips batch-like text of words, amounts and dates", () => {
    const record = '{"program":"ningxia","status":"eligible","monthly":"1234.50","from":"2022-03-01"}\n';
    expect(mayNeedGuard(record.repeat(50))).toBe(false);
  });
});
