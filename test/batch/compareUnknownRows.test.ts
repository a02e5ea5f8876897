import Big from "big.js";
import { describe, expect, it } from "vitest";
import { compareText } from "../../src/batch/report.js";
import { mergeTally, TallyBuilder } from "../../src/batch/tally.js";

// --compare counts the beneficiaries whose amount is not known, and names their rows (the first few, then 等n人).
const known = {
  status: "eligible" as const,
  value: new Big(500),
  per: "month" as const,
  months: new Big(6),
  total: new Big(3000),
  missing: [],
};
const unknown = { ...known, value: null, total: null, missing: ["x"] };

describe("--compare lists the rows whose amount is unknown", () => {
  it("names rows 3 and 7 of two chunks, in order", () => {
    const a = new TallyBuilder(true);
    const b = new TallyBuilder(true);
    a.rows = 2;
    b.rows = 1;
    b.addPair("p", known, unknown, 7);
    a.addPair("p", known, known, 2);
    a.addPair("p", unknown, unknown, 3);
    const tally = mergeTally(b.toJSON(), a.toJSON());
    const text = compareText(tally, [], "zh", 200);
    expect(text).toContain("第3、7行");
  });

  it("names the first ten and says how many in all (12 rows: 第1…10行等12人)", () => {
    const t = new TallyBuilder(true);
    t.rows = 12;
    for (let row = 12; row >= 1; row--) t.addPair("p", unknown, unknown, row);
    const text = compareText(t.toJSON(), [], "zh", 200);
    expect(text).toContain("第1、2、3、4、5、6、7、8、9、10行等12人");
  });
});
