import Big from "big.js";
import { describe, expect, it } from "vitest";
import { paymentSchedule } from "../../src/engine/paymentSchedule.js";
import type { EvalContext } from "../../src/expr/types.js";
import type { Program } from "../../src/rules/program.js";

describe("payment schedule months (computed arithmetically, not with date-fns)", () => {
  it("runs across the year end: month keys and each month's as-of date are the first of that month, UTC", () => {
    const program = { id: "t.p", parameters: new Map() } as unknown as Program;
    const ctx = {
      fields: new Map(),
      params: new Map(),
      asOf: new Date(Date.UTC(2021, 10, 15)),
    } as EvalContext;
    const seen: string[] = [];
    const schedule = paymentSchedule(program, ctx, 4, new Big(1), (c) => {
      seen.push(c.asOf.toISOString());
      return new Big(c.asOf.getUTCMonth() + 1);
    });
    expect(schedule?.map((p) => [p.month, p.value?.toString()])).toEqual([
      ["2021-11", "1"],
      ["2021-12", "12"],
      ["2022-01", "1"],
      ["2022-02", "2"],
    ]);
    expect(seen).toEqual([
      "2021-12-01T00:00:00.000Z",
      "2022-01-01T00:00:00.000Z",
      "2022-02-01T00:00:00.000Z",
    ]);
  });
});
