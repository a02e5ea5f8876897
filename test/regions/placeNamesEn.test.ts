import { describe, expect, it } from "vitest";
import { englishNameOf } from "../../src/regions/englishNames.js";
import { englishFullName, GROUPING, placeByName } from "../../src/regions/placeNames.js";
import { regionTable } from "../../src/regions/regions.js";

// English names come from rules/regions.en.json (scripts/build-place-names.mjs, pinyin-pro at build time).
// Heteronyms of place names, checked by hand against the official romanisation.
const HAND_CHECKED: Record<string, string> = {
  "500000": "Chongqing", // 重庆, not Zhongqing
  "430100": "Changsha", // 长沙, not Zhangsha
  "350200": "Xiamen", // 厦门, not Shamen
  "340300": "Bengbu", // 蚌埠, not Bangbu
  "341500": "Lu'an", // 六安, not Liu'an
  "511100": "Leshan", // 乐山, not Yueshan
  "441900": "Dongguan", // 东莞
  "440113": "Panyu District", // 番禺, not Fanyu
  "371722": "Shan County", // 单县, not Dan
  "130225": "Laoting County", // 乐亭, not Leting
  "141024": "Hongtong County", // 洪洞, not Hongdong
  "130726": "Yu County", // 蔚县, not Wei
  "652823": "Yuli County", // 尉犁, not Weili
  "341621": "Guoyang County", // 涡阳, not Woyang
  "310112": "Minhang District", // 闵行, not Minxing
  "510100": "Chengdu", // 都 is du in place names
  "510682": "Shifang", // 什邡, not Shenfang
  "361124": "Yanshan County", // 铅山, not Qianshan
  "340722": "Zongyang County", // 枞阳, not Congyang
  "640100": "Yinchuan",
  "640105": "Xixia District",
  "640122": "Helan County",
  "640000": "Ningxia",
  "150000": "Inner Mongolia",
  "422800": "Enshi Autonomous Prefecture",
  "650100": "Urumqi",
};

describe("English names of every place", () => {
  it.each(Object.entries(HAND_CHECKED))("%s is %s", (code, name) => {
    expect(englishNameOf(code)).toBe(name);
  });

  it("names every place of the region table but the groupings, in plain letters", () => {
    const missing = [...regionTable()]
      .filter(([, n]) => !GROUPING.test(n))
      .filter(([code]) => !/^[A-Z][A-Za-zü' -]+$/.test(englishNameOf(code) ?? ""));
    expect(missing).toEqual([]);
  });

  it("says a place with its levels, the finest first", () => {
    expect(englishFullName("640105")).toBe("Xixia District, Yinchuan, Ningxia");
  });
});

describe("a place found by pinyin or English", () => {
  it.each([
    ["yinchuan", "640100"],
    ["Yinchuan", "640100"],
    ["yin chuan", "640100"],
    ["Yínchuān", "640100"],
    ["yin2chuan1", "640100"],
    ["yinchuanshi", "640100"],
    ["Xixia District", "640105"],
    ["xixiaqu", "640105"],
    ["Yinchuan Xixia", "640105"],
    ["Ningxia Yinchuan Xixia District", "640105"],
    ["Lu'an", "341500"],
    ["luan", "341500"],
    ["Bengbu", "340300"],
    ["Urumqi", "650100"],
    ["Lüshunkou", "210212"],
    ["lvshunkou", "210212"],
  ])("%s → %s", (text, code) => {
    expect(placeByName(text)).toEqual({ found: code });
  });

  it("refuses a name several places share, with the candidates", () => {
    // 朝阳区 in Beijing and in Changchun, and 潮阳区 in Shantou, which pinyin cannot tell apart.
    expect(placeByName("Chaoyang District")).toEqual({ candidates: ["110105", "220104", "440513"] });
    expect(placeByName("taizhou")).toEqual({ candidates: ["321200", "331000"] });
  });
});
