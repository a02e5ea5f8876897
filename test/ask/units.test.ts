import { describe, expect, it } from "vitest";
import { Answers } from "../../src/ask/answers.js";
import { fieldAt } from "../../src/ask/fieldAt.js";
import { idNumberFields } from "../../src/ask/idNumberFields.js";
import { parseAnswer, parseDateText } from "../../src/ask/parseAnswer.js";
import { coarsePlaces, fullName, searchPlaces } from "../../src/ask/places.js";
import { Questionnaire } from "../../src/ask/questionnaire.js";
import { answerText, questionFor } from "../../src/ask/questionText.js";
import { type Candidate, compareCandidates, pickNext } from "../../src/ask/rankQuestions.js";
import type { ScalarFieldDef } from "../../src/profile/fields.js";
import { englishFullName } from "../../src/regions/placeNames.js";
import { asOf, catalogue, programs } from "./helpers.js";

const def = (path: string) => catalogue.fields.get(path) as ScalarFieldDef;

describe("places by name", () => {
  it.each([
    ["合肥 蜀山", "340104", "安徽省合肥市蜀山区"],
    ["永宁", "640121", "宁夏回族自治区银川市永宁县"],
    ["江岸区", "420102", "湖北省武汉市江岸区"],
    ["东莞", "441900", "广东省东莞市"],
    ["北京市东城", "110101", "北京市东城区"],
    ["640104", "640104", "宁夏回族自治区银川市兴庆区"],
  ])("%s → %s", (term, code, name) => {
    const [first] = searchPlaces(term);
    expect(first).toEqual({ code, name });
  });

  it("lists only places fine enough to decide a county's program (no province, city with districts, 市辖区)", () => {
    const codes = searchPlaces("合肥", [], 1000).map((p) => p.code);
    expect(codes).toContain("340104");
    expect(codes).not.toContain("340100");
    expect(codes).not.toContain("340101");
  });

  it("puts places inside the preferred jurisdictions first, and lists them for an empty search", () => {
    expect(searchPlaces("", ["640000"]).every((p) => p.code.startsWith("64"))).toBe(true);
    expect(searchPlaces("区", ["420000"])[0]?.code.startsWith("42")).toBe(true);
  });

  it.each([
    ["yinchuan", "640104"],
    ["Yinchuan Xingqing", "640104"],
    ["ningxia", "640104"],
    ["Hefei Shushan", "340104"],
  ])("finds %s by its pinyin or English name (first: %s)", (term, code) => {
    expect(searchPlaces(term, ["640000", "340100"])[0]?.code).toBe(code);
  });

  it("offers the city or province when the county is not known", () => {
    const codes = searchPlaces("银川", [], 50, coarsePlaces()).map((p) => p.code);
    expect(codes).toEqual(["640100"]);
    expect(searchPlaces("宁夏", [], 50, coarsePlaces()).map((p) => p.code)).toContain("640000");
    expect(englishFullName("640104")).toBe("Xingqing District, Yinchuan, Ningxia");
  });

  it("names a municipality's district without 市辖区", () => {
    expect(fullName("110105")).toBe("北京市朝阳区");
  });
});

describe("parsing typed answers against the catalogue", () => {
  it.each([
    ["unemployment.contributionMonths", "8", { ok: true, value: 8 }],
    ["unemployment.contributionMonths", "12个月", { ok: true, value: 12 }],
    ["providentFund.base", "1,200", { ok: true, value: 1200 }],
    ["providentFund.ratio", "5%", { ok: true, value: 0.05 }],
    ["providentFund.ratio", "0.07", { ok: true, value: 0.07 }],
    ["providentFund.base", "3333.5元", { ok: true, value: 3333.5 }],
    ["person.birthDate", "1990年1月2日", { ok: true, value: "1990-01-02" }],
    ["person.birthDate", "1990/1/2", { ok: true, value: "1990-01-02" }],
    ["person.birthDate", "19900102", { ok: true, value: "1990-01-02" }],
    ["person.birthDate", "", { ok: true, declined: true }],
    ["person.birthDate", "不知道", { ok: true, declined: true }],
    ["unemployment.contributionMonths", "跳过", { ok: true, declined: true }],
    ["unemployment.contributionMonths", "８", { ok: true, value: 8 }],
    ["unemployment.contributionMonths", "+8", { ok: true, value: 8 }],
    [
      "unemployment.contributionMonths",
      "8年",
      { ok: true, value: 96, note: { zh: '"8年" 按96个月计', en: '"8年" read as 96 months' } },
    ],
    ["person.sex", "女", { ok: true, value: "female" }],
    ["person.fullCivilCapacity", "是", { ok: true, value: true }],
    ["business.kind", "个体工商户", { ok: true, value: "individual-business" }],
  ])("%s: %j", (path, text, expected) => {
    expect(parseAnswer(def(path), text)).toEqual(expected);
  });

  it.each([
    ["unemployment.contributionMonths", "8.5", "应为整数，8.5 不是整数"],
    ["unemployment.contributionMonths", "-1", "-1 小于最小值 0"],
    ["providentFund.ratio", "1.5", "比例请写成百分数或小数：如果是指 1.5%，请写 1.5% 或 0.015"],
    ["providentFund.ratio", "8", "如果是指 8%，请写 8% 或 0.08"],
    ["person.originalRetirementAge", "60", "60 不在可选值 50、55 之中"],
    ["person.birthDate", "2021-02-30", "不是有效的日期"],
    ["person.birthDate", "340104199001011238", "不是有效的日期"],
    ["unemployment.contributionMonths", "1,2", "逗号或空格位置不对"],
    ["unemployment.contributionMonths", "1 2", "逗号或空格位置不对"],
    ["unemployment.contributionMonths", "55岁", "单位与本项不符"],
    ["unemployment.contributionMonths", "0x1F", "不是十进制写法"],
  ])("%s: %j is refused", (path, text, message) => {
    const parsed = parseAnswer(def(path), text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.zh).toContain(message);
  });

  it("takes an ID number for a birth date when offered, and checks its check character", () => {
    expect(parseAnswer(def("person.birthDate"), "34010419900101123x", true)).toEqual({
      ok: false,
      message: expect.objectContaining({ zh: expect.stringContaining("身份证号码无效") }),
    });
    expect(parseAnswer(def("person.birthDate"), "340104199001011239", true)).toEqual({
      ok: true,
      idNumber: "340104199001011239",
    });
  });

  it("refuses a past fact dated after today at the question", () => {
    const parsed = parseAnswer(def("business.licenseDate"), "2030-01-01", false, "2026-12-06");
    expect(parsed).toEqual({
      ok: false,
      message: expect.objectContaining({ zh: expect.stringContaining("晚于今天") }),
    });
  });

  it("reads only real calendar days", () => {
    expect(parseDateText("2020-02-29")).toBe("2020-02-29");
    expect(parseDateText("2021-02-29")).toBeUndefined();
  });
});

describe("answers", () => {
  it("keeps a record's sub-fields in the list, as a profile holds them", () => {
    const a = new Answers();
    a.set("employer.hires[1].contractMonths", 24);
    a.set("employer.hires[0].povertyAlleviated", true);
    expect(a.toData()).toEqual({
      employer: { hires: [{ povertyAlleviated: true }, { contractMonths: 24 }] },
    });
    expect(a.settled("employer.hires[1].contractMonths")).toBe(true);
  });

  it("a declined answer opens no section, and is settled", () => {
    const a = new Answers();
    a.decline("person.sex");
    expect(a.sections()).toEqual([]);
    expect(a.settled("person.sex")).toBe(true);
  });

  it("shows an answer given by ID number masked", () => {
    const field = fieldAt(catalogue, "person.birthDate");
    if (!field) throw new Error("person.birthDate is not declared");
    const text = answerText(
      field,
      { path: "person.birthDate", answer: "id-number", idNumberField: "person.idNumber" },
      "zh",
      "340104199001011239",
    );
    expect(text).toBe("由身份证号码 3401**********1239 得出");
  });
});

describe("the ID number", () => {
  it("answers exactly the fields the profile loader derives from it", () => {
    expect(Object.fromEntries(idNumberFields(catalogue))).toEqual({
      "person.birthDate": "person.idNumber",
      "person.sex": "person.idNumber",
    });
  });
});

describe("ranking and tie-breaks", () => {
  const base: Candidate = {
    path: "a.x",
    section: "a",
    gain: 1,
    worstGain: 0,
    progress: 0.5,
    gate: true,
    mentions: 1,
    order: 5,
  };
  const ranked = (...cs: Partial<Candidate>[]) =>
    cs
      .map((c) => ({ ...base, ...c }))
      .sort(compareCandidates)
      .map((c) => c.path);

  it.each([
    ["higher expected gain", { path: "a.b", gain: 2 }, { path: "a.a" }],
    ["higher worst-case gain", { path: "a.b", worstGain: 1 }, { path: "a.a" }],
    ["more progress", { path: "a.b", progress: 0.9 }, { path: "a.a" }],
    ["a gate before an amount-only field", { path: "a.b" }, { path: "a.a", gate: false }],
    ["more open programs mention it", { path: "a.b", mentions: 2 }, { path: "a.a" }],
    ["earlier in the catalogue", { path: "a.b", order: 1 }, { path: "a.a" }],
    ["the field id", { path: "a.a" }, { path: "a.b" }],
  ])("%s wins", (_, winner, loser) => {
    expect(ranked(loser, winner)[0]).toBe(winner.path);
  });

  it("keeps to the last topic while its gain is at least half the best", () => {
    const best = { ...base, path: "b.best", section: "b", gain: 2 };
    const same = { ...base, path: "a.same", section: "a", gain: 1 };
    const weak = { ...base, path: "a.weak", section: "a", gain: 0.9 };
    expect(pickNext([best, same], "a")?.path).toBe("a.same");
    expect(pickNext([best, weak], "a")?.path).toBe("b.best");
    expect(pickNext([best, same], "c")?.path).toBe("b.best");
    expect(pickNext([], "a")).toBeUndefined();
  });
});

describe("an ID number given instead of a birth date and sex", () => {
  const setup = () =>
    new Questionnaire({
      programs: programs.filter((p) => p.id === "hefei.provident-fund"),
      catalogue,
      asOf: asOf("2022-03-01"),
      sections: ["person"],
    });

  it("is accepted when nothing contradicts it, and settles birth date and sex", () => {
    const q = setup();
    expect(q.idNumberFits("person.idNumber", "340104199001011239")).toBe(true);
    q.answerWithIdNumber("person.birthDate", "person.idNumber", "340104199001011239");
    expect(q.profile().fields.get("person.sex")).toBe("male");
  });

  it("is refused when it contradicts the birth date already given", () => {
    const q = setup();
    q.answer("person.birthDate", "1965-06-01");
    expect(q.idNumberFits("person.idNumber", "340104199001011239")).toBe(false);
  });

  it("is offered for sex, the question a birth date alone leaves open near retirement age", () => {
    const q = setup();
    q.answer("person.hukouRegion", "340104");
    q.answer("person.birthDate", "1965-06-01");
    const asked: string[] = [];
    for (let next = q.next(); next; next = q.next()) {
      asked.push(next.field.path);
      if (next.field.path === "person.sex") expect(next.idNumberField).toBe("person.idNumber");
      q.decline(next.field.path);
    }
    expect(asked).toContain("person.sex");
  });
});

describe("questions about places", () => {
  it.each([
    ["person.hukouRegion", "zh", "您的户籍所在地区是？"],
    ["person.hukouRegion", "en", "Where is your hukou?"],
    ["unemployment.insuredRegion", "zh", "您的失业保险参保地是？"],
  ] as const)("%s (%s) asks for a place, not a code", (path, lang, text) => {
    const field = fieldAt(catalogue, path);
    if (!field) throw new Error(`${path} is not declared`);
    const question = questionFor(field, lang);
    expect(question).not.toMatch(/6位|6-digit/);
    if (field.def.question?.[lang].match(/6位|6-digit/)) expect(question).toBe(text);
  });
});

describe("going back to change an answer", () => {
  it("takes back the last answer: it is asked again, and the earlier answers stay", () => {
    const q = new Questionnaire({
      programs,
      catalogue,
      asOf: asOf("2021-09-01"),
      sections: ["unemployment", "person"],
    });
    const first = q.next()?.field.path as string;
    q.answer(first, "640104");
    const second = q.next()?.field.path as string;
    q.answer(second, 8);
    expect(q.back()).toBe(true);
    expect(q.answers.get(second)).toBeUndefined();
    expect(q.answers.get(first)).toBe("640104");
    expect(q.next()?.field.path).toBe(second);
    expect(q.back()).toBe(true);
    expect(q.back()).toBe(false);
  });

  it("'<' typed at a question, or the back choice, goes back", async () => {
    const { askQuestion } = await import("../../src/cli/commands/askPrompts.js");
    const { scriptedPrompter } = await import("./scriptedPrompter.js");
    const months = fieldAt(catalogue, "unemployment.contributionMonths");
    const typed = await askQuestion(
      scriptedPrompter([{ to: /累计缴纳/, say: "<" }]),
      { field: months } as never,
      "zh",
      {
        canGoBack: true,
      },
    );
    expect(typed).toEqual({ kind: "back" });
    const sex = fieldAt(catalogue, "person.sex");
    const picked = await askQuestion(
      scriptedPrompter([{ to: /性别/, say: "返回上一题" }]),
      { field: sex } as never,
      "zh",
      {
        canGoBack: true,
      },
    );
    expect(picked).toEqual({ kind: "back" });
  });
});
