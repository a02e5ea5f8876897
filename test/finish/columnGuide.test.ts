import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { columnListing, mappingSuggestion } from "../../src/batch/columnGuide.js";
import { loadFieldCatalogue } from "../../src/profile/fields.js";
import { REPO } from "../cli/memoryIo.js";

const catalogue = () => loadFieldCatalogue(join(REPO, "rules/fields.yaml"));

describe("--list-columns words come from the catalogue, in the run's language", () => {
  it("columnGuide.ts chooses no words by language itself", () => {
    const source = readFileSync(join(REPO, "src/batch/columnGuide.ts"), "utf8");
    expect(source).not.toMatch(/=== "(zh|en)" \?/);
  });

  it("English lists values with English separators and marks each choice in ASCII brackets", () => {
    const listing = columnListing(catalogue(), "en");
    expect(listing).toContain("person.sex  (values: male, female)");
    const map = mappingSuggestion(["参保地"], catalogue(), "en");
    expect(map).toContain("pension.region (");
    expect(map).not.toContain("（");
  }, 30_000);

  it("Chinese keeps 、 and full-width brackets", () => {
    expect(columnListing(catalogue(), "zh")).toContain("person.sex  （填写：男、女）");
    expect(mappingSuggestion(["参保地"], catalogue(), "zh")).toContain("pension.region（");
  }, 30_000);
});
