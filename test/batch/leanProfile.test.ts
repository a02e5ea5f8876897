import { describe, expect, it } from "vitest";
import { leanProfile } from "../../src/batch/leanProfile.js";
import { maskIds, ndjsonProfile } from "../../src/batch/rowProfile.js";
import { diagnosticJson } from "../../src/diagnostics.js";
import type { ScalarFieldDef } from "../../src/profile/fields.js";
import { loadFieldCatalogue } from "../../src/profile/fields.js";
import { profileFromData } from "../../src/profile/loadProfile.js";

const catalogue = loadFieldCatalogue("rules/fields.yaml");

/** A small seeded generator, so a failure reproduces. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function goodValue(def: ScalarFieldDef, r: () => number): unknown {
  switch (def.type) {
    case "boolean":
      return r() < 0.5;
    case "integer":
    case "decimal": {
      if (def.oneOf) return def.oneOf[Math.floor(r() * def.oneOf.length)];
      const lo = def.min ?? 0;
      const hi = def.max ?? lo + 10_000;
      const v = lo + r() * (hi - lo);
      return def.type === "integer" ? Math.floor(v) : Math.round(v * 100) / 100;
    }
    case "date":
      return `20${10 + Math.floor(r() * 15)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 10)}`;
    case "region":
      return ["340104", "420102", "640121", "320700"][Math.floor(r() * 4)];
    case "enum":
      return def.values?.[Math.floor(r() * def.values.length)];
    case "enum-list":
      return r() < 0.5 ? def.values?.slice(0, 2) : def.values?.[0];
    case "text":
      return r() < 0.9 ? "case 17 甲" : "身份证 110101199003077777";
    case "id-number":
      return r() < 0.5 ? "11010519491231002X" : "110105194912310021";
  }
}

const BAD = ["x", 3.5, -1, 1e9, "2021-02-30", "999999", 340104, true, [], {}, "", "maybe"];

/** A list of one to four records (hires), mostly right, now and then with a wrong or blank value. */
function hires(fields: Record<string, ScalarFieldDef>, r: () => number): unknown[] {
  return Array.from({ length: 1 + Math.floor(r() * 4) }, () => {
    const item: Record<string, unknown> = {};
    for (const [name, def] of Object.entries(fields)) {
      const roll = r();
      if (roll < 0.2) continue;
      item[name] = roll < 0.96 ? goodValue(def, r) : roll < 0.98 ? BAD[Math.floor(r() * BAD.length)] : null;
    }
    return item;
  });
}

/** A profile that is mostly right, with now and then a wrong value, an unknown key or a misshapen section. */
function generated(r: () => number): unknown {
  if (r() < 0.02) return r() < 0.5 ? [] : "person";
  const data: Record<string, unknown> = {};
  for (const [sectionName, section] of Object.entries(catalogue.sections)) {
    if (r() < 0.4) continue;
    if (r() < 0.02) {
      data[sectionName] = r() < 0.5 ? null : "yes";
      continue;
    }
    const body: Record<string, unknown> = {};
    for (const [name, def] of Object.entries(section.fields)) {
      const roll = r();
      if (roll < 0.3) continue;
      if (def.type === "records")
        body[name] = roll < 0.4 ? [] : roll < 0.5 ? [{ nope: 1 }] : hires(def.fields, r);
      else if (roll < 0.97) body[name] = goodValue(def, r);
      else if (roll < 0.985) body[name] = BAD[Math.floor(r() * BAD.length)];
      else body[name] = null;
    }
    if (r() < 0.01) body.unknownField = 1;
    data[sectionName] = body;
  }
  if (r() < 0.01) data.persn = {};
  return data;
}

describe("the lean NDJSON validator", () => {
  it("gives the full path's profile whenever it gives one, and leaves every bad profile to the full path", () => {
    const r = random(20261130);
    let lean = 0;
    let leanHires = 0;
    let bad = 0;
    for (let i = 0; i < 3000; i++) {
      const data = generated(r);
      const full = profileFromData(data, catalogue, (_, p) => ({
        file: "f",
        line: 1,
        col: 1,
        ...p,
        severity: "error",
      }));
      if (full.diagnostics.length) bad++;
      const quick = leanProfile(data, catalogue, { today: "2026-11-30" });
      if (quick) {
        lean++;
        if ((quick.fields.get("employer.hires") as unknown[] | undefined)?.length) leanHires++;
        expect(full.diagnostics).toEqual([]);
        expect(quick).toEqual(full.profile);
        expect([...quick.fields.keys()]).toEqual([...(full.profile?.fields.keys() ?? [])]);
      }
      // Through the batch entry point, bad and good alike read as before the lean path existed.
      const read = ndjsonProfile(JSON.stringify(data), catalogue, "people.ndjson", i + 1);
      expect(read.profile).toEqual(full.profile);
      expect(read.diagnostics.map((d) => [d.code, diagnosticJson(d, "en").message])).toEqual(
        full.diagnostics.map((d) => [d.code, maskIds(diagnosticJson(d, "en").message)]),
      );
    }
    // Not vacuous: both paths were taken many times, lists of records among them.
    expect(lean).toBeGreaterThan(500);
    expect(leanHires).toBeGreaterThan(100);
    expect(bad).toBeGreaterThan(300);
  }, 60_000);
});
