// NDJSON records are written as bytes guarded piece by piece (src/batch/recordBytes.ts), and the stdout guard
// passes such bytes unscanned: every piece that could carry an ID number or a control character is guarded
// where it is made.

import Big from "big.js";
import { describe, expect, it } from "vitest";
import type { Outcome } from "../../src/batch/outcome.js";
import { RecordBytes } from "../../src/batch/recordBytes.js";
import { recordNdjson } from "../../src/batch/records.js";
import type { Io } from "../../src/cli/io.js";
import { guardedIo } from "../../src/cli/outputGuard.js";
import { guardedBytes } from "../../src/text/guard.js";

// A valid ID number that a double keeps exactly: an amount computed from an input could print it.
const ID = "340104199001010500";

const text = (out: RecordBytes) => Buffer.concat(out.done()).toString("utf8");

const outcome = (o: Partial<Outcome>): Outcome => ({
  status: "eligible",
  value: null,
  total: null,
  missing: [],
  ...o,
});

describe("NDJSON records as guarded bytes", () => {
  it("mask an ID number in a case reference, an amount or a total, and escape controls", () => {
    const out = new RecordBytes();
    const results = new Map([["p", outcome({ value: new Big(ID), total: Object.freeze(new Big(ID)) })]]);
    recordNdjson({ row: 2, reference: `ref ${ID}\u0007\u0085`, results }, "2022-03-01", "zh", out);
    const written = text(out);
    expect(written).not.toContain(ID);
    for (const control of ["\u0007", "\u0085"]) expect(written).not.toContain(control);
    expect(written).toContain('"reference":"ref 3401**********0500\\u0007\\u0085"');
    // As the guard masks any text: the masked amount is no JSON number, and no reader takes it for one.
    expect(written).toContain('"amount":3401**********0500,');
    expect(written).toContain('"total":3401**********0500,');
  });

  it.each([ID, `A-${ID}`, `${ID.slice(0, 9)} ${ID.slice(9)}`])(
    "mask an ID number in a plain ASCII case reference: %s",
    (reference) => {
      const out = new RecordBytes();
      recordNdjson({ row: 2, reference, results: new Map() }, "2022-03-01", "zh", out);
      expect(text(out)).not.toContain(ID.slice(4, 14));
    },
  );

  it("write a plain case reference as JSON does", () => {
    const out = new RecordBytes();
    const reference = "CASE-2021-0000002 (A/B) 'x'";
    recordNdjson({ row: 2, reference, results: new Map() }, "2022-03-01", "zh", out);
    expect(JSON.parse(text(out)).reference).toBe(reference);
  });

  it("mask an ID number in a shared outcome, made once and written again", () => {
    const shared = Object.freeze(
      outcome({ value: new Big(ID), total: new Big(ID), missing: ["person.sex"] }),
    );
    const out = new RecordBytes();
    for (const row of [2, 3]) {
      recordNdjson({ row, results: new Map([["p", shared]]) }, "2022-03-01", "zh", out);
      out.recordEnded();
    }
    const lines = text(out).trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.join("")).not.toContain(ID);
    expect(lines[1]?.replace('"row":3', '"row":2')).toBe(lines[0]);
  });

  it("keep whole records in each piece and the bytes of the whole text", () => {
    const out = new RecordBytes();
    let expected = "";
    for (let row = 2; row < 2_000; row++) {
      const reference = `案件-${row}-${"长".repeat(row % 50)}`;
      recordNdjson({ row, reference, results: new Map([["p", outcome({})]]) }, "2022-03-01", "zh", out);
      out.recordEnded();
      expected += `{"row":${row},"reference":${JSON.stringify(reference)},"asOf":"2022-03-01","results":{"p":{"status":"eligible","amount":null,"total":null,"missing":[]}}}\n`;
    }
    const pieces = out.done();
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(Buffer.from(piece).toString("utf8").endsWith("}}\n")).toBe(true);
    expect(Buffer.concat(pieces).toString("utf8")).toBe(expected);
  });
});

describe("the stdout guard and bytes", () => {
  const capture = () => {
    const written: unknown[] = [];
    const io: Io = {
      stdout: { write: (t: string) => written.push(t) },
      stderr: { write: () => true },
      stdin: process.stdin,
      env: {},
      cwd: "/",
      isTTY: false,
    };
    return { io: guardedIo(io), written };
  };

  it("passes bytes marked as guarded as they are", () => {
    const { io, written } = capture();
    const bytes = guardedBytes(Buffer.from('{"row":2}\n'));
    io.stdout.write(bytes as unknown as string);
    expect(written[0]).toBe(bytes);
  });

  it("guards any other bytes as text", () => {
    const { io, written } = capture();
    io.stdout.write(Buffer.from(`身份证 ${ID}\n`) as unknown as string);
    expect(String(written[0])).not.toContain(ID);
  });
});
