import { describe, expect, it } from "vitest";
import { butie } from "./memoryIo.js";

// At 80 columns `butie rules list` keeps each date whole in its cell, never "2021-12-0" over "1".
describe("rules list at 80 columns", () => {
  for (const lang of ["zh", "en"])
    it(`keeps every date whole (${lang})`, async () => {
      const { code, stdout } = await butie(["rules", "list", "--lang", lang], { columns: 80 });
      expect(code).toBe(0);
      const pieces = stdout.match(/\d{4}-[\d-]*/g) ?? [];
      expect(pieces.length).toBeGreaterThan(0);
      expect(pieces.filter((p) => !/^\d{4}-\d{2}-\d{2}$/.test(p))).toEqual([]);
    });
});
