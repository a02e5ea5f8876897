import { describe, expect, it } from "vitest";
import { isRegionCode, isWithin, regionName } from "../../src/regions/regions.js";

const REQUIRED = (
  "340100 340102 340103 340104 340111 340121 340122 340123 340124 340181 340176 340177 340178 " +
  "420000 420100 420102 640000 640104 640105 640106 640202 640205 640121 640122 640181 640221 " +
  "640302 640381 640502 640521 640303 640324 640323 640402 640422 640423 640424 640425 640522 320703"
).split(" ");

describe("region table", () => {
  it.each(REQUIRED)("has %s", (code) => {
    expect(isRegionCode(code)).toBe(true);
  });

  it.each([
    ["110000", "北京市"],
    ["110100", "市辖区"],
    ["340100", "合肥市"],
    ["340104", "蜀山区"],
    ["340176", "合肥高新技术产业开发区"],
    ["340177", "合肥经济技术开发区"],
    ["340178", "合肥新站高新技术产业开发区"],
    ["420000", "湖北省"],
    ["640000", "宁夏回族自治区"],
    ["640106", "金凤区"],
    ["320703", "连云区"],
    ["441900", "东莞市"],
    ["810000", "香港特别行政区"],
  ])("names %s %s", (code, name) => {
    expect(regionName(code)).toBe(name);
  });

  it.each(["", "34010", "3401040", "999999", "340199", "abcdef"])("rejects %j", (code) => {
    expect(isRegionCode(code)).toBe(false);
    expect(regionName(code)).toBeUndefined();
  });
});

describe("isWithin", () => {
  it.each([
    ["640104", "640000", true],
    ["640000", "640000", true],
    ["640100", "640000", true],
    ["340104", "340100", true],
    ["340176", "340100", true],
    ["340100", "340100", true],
    ["340104", "340104", true],
    ["420100", "420000", true],
    ["420000", "420100", false],
    ["420000", "420102", false],
    ["420100", "420102", false],
    ["340104", "340103", false],
    ["340204", "340100", false],
    ["650104", "640000", false],
    ["320703", "640000", false],
    ["64010", "640000", false],
    ["640104", "64", false],
  ])("%s within %s → %s", (code, jurisdiction, expected) => {
    expect(isWithin(code, jurisdiction)).toBe(expected);
  });
});
