import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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
  const recorded = { stamps: ruleStamps(here), times: ruleTimes(here) };

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
});
