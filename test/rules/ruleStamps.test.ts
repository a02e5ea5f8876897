import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { readBundle } from "../../src/rules/bundle.js";
import { ruleStamps, ruleTimes, sameFiles } from "../../src/rules/ruleFiles.js";

const dir = `${mkdtempSync(join(tmpdir(), "butie-stamps-"))}/`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ruleStamps (is the build's rule bundle stale?)", () => {
  mkdirSync(join(dir, "place"));
  writeFileSync(join(dir, "fields.yaml"), "person: {}\n");
  writeFileSync(join(dir, "place/program.yaml"), "id: place.program\nvalue: 1\n");
  writeFileSync(join(dir, "place/program.test.yaml"), "- name: a case\n");

  it("is the same for the same files", () => {
    expect(ruleStamps(dir)).toBe(ruleStamps(dir));
  });

  it("changes when one byte of a rule file changes", () => {
    const before = ruleStamps(dir);
    writeFileSync(join(dir, "place/program.yaml"), "id: place.program\nvalue: 2\n");
    expect(ruleStamps(dir)).not.toBe(before);
  });

  it("changes when a rule file is renamed", () => {
    const before = ruleStamps(dir);
    renameSync(join(dir, "place/program.yaml"), join(dir, "place/other.yaml"));
    expect(ruleStamps(dir)).not.toBe(before);
  });

  it("ignores fixtures", () => {
    const before = ruleStamps(dir);
    writeFileSync(join(dir, "place/program.test.yaml"), "- name: another case\n");
    expect(ruleStamps(dir)).toBe(before);
  });

  // The region tables are read as they are at each start, never from the bundle: reading ~190 kB of them to
  // compare would cost every start for nothing (a program's region code is checked again when it is compiled).
  it("ignores the region tables", () => {
    const before = ruleStamps(dir);
    writeFileSync(join(dir, "regions.json"), '{"110000": "北京市"}\n');
    expect(ruleStamps(dir)).toBe(before);
  });
});

describe("sameFiles (the bundle's files unchanged, read by their times first)", () => {
  const here = `${mkdtempSync(join(tmpdir(), "butie-times-"))}/`;
  afterAll(() => rmSync(here, { recursive: true, force: true }));
  const file = join(here, "program.yaml");
  writeFileSync(file, "id: place.program\nvalue: 1\n");
  const at = new Date("2026-01-01T00:00:00Z");
  utimesSync(file, at, at);
  const texts = ruleStamps(here);
  const recorded = { stamps: () => texts, times: ruleTimes(here) };

  it("holds while the files keep their times, and by their texts when only the times changed (npm pack)", () => {
    expect(sameFiles(recorded, here)).toBe(true);
    utimesSync(file, new Date(), new Date());
    expect(ruleTimes(here)).not.toBe(recorded.times);
    expect(sameFiles(recorded, here)).toBe(true);
  });

  it("fails when a file changes, even with its old time and size put back", () => {
    writeFileSync(file, "id: place.program\nvalue: 2\n");
    expect(sameFiles(recorded, here)).toBe(false);
    utimesSync(file, at, at);
    // Same size and time, other bytes: the times say "same" — the one edit this cannot see, said here.
    expect(ruleTimes(here)).toBe(recorded.times);
  });

  it("fails on the texts alone when a bundle kept no times (one made by an older build)", () => {
    expect(sameFiles({ stamps: recorded.stamps }, here)).toBe(false);
  });

  it("reads the texts only when the times differ, and fails when they cannot be read", () => {
    let asked = 0;
    const stamps = () => {
      asked++;
      return undefined;
    };
    expect(sameFiles({ stamps, times: ruleTimes(here) }, here)).toBe(true);
    expect(asked).toBe(0);
    expect(sameFiles({ stamps, times: "another build" }, here)).toBe(false);
    expect(asked).toBe(1);
  });
});

// A package installed from npm keeps the bundle but not its rule files' times: the bundle holds then by the
// texts kept in a file of their own beside it (dist/rules.stamps.txt), read on that path only.
describe("readBundle (the bundled rules as an installed package finds them)", () => {
  const here = mkdtempSync(join(tmpdir(), "butie-bundle-"));
  afterAll(() => rmSync(here, { recursive: true, force: true }));
  const bundle = join(here, "rules.bundle.json");
  const stamps = join(here, "rules.stamps.txt");
  const files = { bundle: pathToFileURL(bundle), stamps: pathToFileURL(stamps) };
  const written = (times: string) => ({ times, fields: {}, programs: [] });

  it("holds by the times a build recorded, without the texts", () => {
    writeFileSync(bundle, JSON.stringify(written(ruleTimes())));
    rmSync(stamps, { force: true });
    expect(readBundle(files)).toEqual(written(ruleTimes()));
  });

  it("holds by the texts when the times are not the build's", () => {
    writeFileSync(bundle, JSON.stringify(written("installed elsewhere")));
    writeFileSync(stamps, ruleStamps());
    expect(readBundle(files)).toEqual(written("installed elsewhere"));
  });

  it("is stale when a text differs or the texts are missing", () => {
    writeFileSync(stamps, `${ruleStamps()}changed`);
    expect(readBundle(files)).toBeUndefined();
    rmSync(stamps);
    expect(readBundle(files)).toBeUndefined();
  });
});
