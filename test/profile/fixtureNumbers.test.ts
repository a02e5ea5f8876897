import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFixtureFiles } from "../../src/fixtures/runFixtures.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { YamlSource } from "../../src/rules/yamlSource.js";
import { catalogue, rules } from "../ask/helpers.js";

const profileText = (months: string) =>
  `unemployment: { insuredRegion: "640121", contributionMonths: ${months} }`;

/** The codes a fixture case's profile gets, the file's own number checks left aside. */
function fixtureCodes(months: string): string[] {
  const file = join(mkdtempSync(join(tmpdir(), "butie-fixture-")), "case.test.yaml");
  writeFileSync(
    file,
    `- name: months as written
  asOf: 2021-09-01
  profile:
    ${profileText(months)}
  expect: { ningxia.unemployment-benefit: { status: undetermined } }
`,
  );
  return loadFixtureFiles([file], rules)
    .diagnostics.map((d) => d.code)
    .filter((c) => c.startsWith("profile/"));
}

/** The codes `eval` gives the same profile. */
const evalCodes = (months: string) =>
  readProfile(new YamlSource("p.yaml", profileText(months)), catalogue).diagnostics.map((d) => d.code);

describe("a fixture reads a profile's numbers from their written digits, as eval does", () => {
  it.each(["10", "+10", "10.0", "1e1", "8.5", "-3", "010"])("%s", (months) => {
    expect(fixtureCodes(months)).toEqual(evalCodes(months));
  });
});
