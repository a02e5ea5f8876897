import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("batch-cell-without-header");

// A row with more cells than the header: the extra cell (a remark typed beside the table) was dropped unread.
describe("a filled cell right of the header's last column", () => {
  it("is that row's error, naming the column; blank extra cells and the other rows are read", async () => {
    writeFileSync(at("extra.csv"), "性别,失业保险参保地\n男,640104,备注：已核实\n女,640104,,\n男,640104\n");
    const run = await butie(["batch", at("extra.csv"), "--as-of", "2021-09-01", "--format", "ndjson"]);
    const records = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(3);
    expect(records[0].errors).toEqual([
      expect.objectContaining({
        line: 2,
        code: "input/column",
        message: "第 3 列没有表头（请填写列名，或删除该列）",
      }),
    ]);
    expect(records[1].results).toBeDefined();
    expect(records[2].results).toBeDefined();
  });
});
