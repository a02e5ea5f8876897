import { describe, expect, it } from "vitest";
import { loadFieldCatalogue } from "../../src/profile/fields.js";
import { profileJsonSchema } from "../../src/profile/jsonSchema.js";

const schema = profileJsonSchema(loadFieldCatalogue("rules/fields.yaml")) as {
  properties: Record<string, { properties: Record<string, Record<string, unknown>> }>;
};
const field = (path: string) => {
  const [section = "", name = ""] = path.split(".");
  return JSON.stringify(schema.properties[section]?.properties[name]);
};

describe("the profile JSON Schema shows the forms people write", () => {
  it("names each value with its Chinese label and accepted forms", () => {
    expect(field("person.sex")).toContain('"enum":["male","男","男性","M"');
    expect(field("business.kind")).toContain("个体工商户");
    expect(field("business.kind")).toContain("个体户");
    expect(field("person.employmentDifficulty")).toContain("大龄失业人员");
  });

  it("shows dates, numbers, places and yes/no as people write them", () => {
    expect(field("person.birthDate")).toContain("2021年9月1日");
    expect(field("unemployment.contributionMonths")).toContain("8年（按96个月计）");
    expect(field("person.hukouRegion")).toContain("银川市兴庆区");
    expect(field("person.hukouRegion")).toContain("Xingqing District");
    expect(field("unemployment.contributionMonths")).toContain("8 years");
    expect(field("person.fullCivilCapacity")).toContain('"是"');
    expect(field("unemployment.involuntary")).toContain("自己主动辞职不算");
  });
});
