import { describe, expect, it } from "vitest";
import { sayMessage } from "../../src/messages/index.js";
import { loadFieldCatalogue, type ScalarFieldDef } from "../../src/profile/fields.js";
import { readerOf } from "../../src/profile/readFact.js";

// A refusal that lists the allowed values names them as the run's language does: 男、女 and 是、否 in Chinese,
// the English labels in English — never the codes a rule file uses (male, true).

const catalogue = loadFieldCatalogue("rules/fields.yaml");
const CHOICES = [...catalogue.fields]
  .filter(([, d]) => d.type === "enum" || d.type === "enum-list" || d.type === "boolean")
  .map(([path, d]) => [path, d as ScalarFieldDef] as const);

function refusal(def: ScalarFieldDef, raw: unknown, lang: "zh" | "en"): string {
  const fact = readerOf(def)(raw);
  if (fact.ok) throw new Error(`${String(raw)} was accepted`);
  return sayMessage(lang, fact.says);
}

describe("refusals list the labels of the run's language", () => {
  it.each(CHOICES)("%s: no value code in Chinese", (_, def) => {
    for (const raw of ["也许吧", "femal", ["残疾", "不存在的类别"]]) {
      if (Array.isArray(raw) && def.type !== "enum-list") continue;
      const zh = refusal(def, raw, "zh");
      // Every ASCII word of the sentence comes from what was typed, not from the catalogue's codes.
      const typed = JSON.stringify(raw);
      const words = (zh.match(/[A-Za-z][A-Za-z-]*/g) ?? []).filter((w) => !typed.includes(w));
      expect(words, zh).toEqual([]);
    }
  });

  it("says 男、女 and male, female in their languages", () => {
    const sex = catalogue.fields.get("person.sex") as ScalarFieldDef;
    expect(refusal(sex, "男人", "zh")).toBe('应为 男、女 之一，实际为 "男人"');
    expect(refusal(sex, "男人", "en")).toBe('expected one of male, female, got "男人"');
    expect(refusal(sex, "femal", "zh")).toBe('应为 男、女 之一，实际为 "femal"（是否想写 女？）');
  });

  it("says 是 or 否, and yes or no without true or false", () => {
    const yesNo = CHOICES.find(([, d]) => d.type === "boolean")?.[1] as ScalarFieldDef;
    expect(refusal(yesNo, "也许", "zh")).toBe('应填 是 或 否，实际为 "也许"');
    expect(refusal(yesNo, "maybe", "en")).toBe('expected yes or no, got "maybe"');
  });
});

describe("questions in the forms people write", () => {
  const questions = [...catalogue.fields].filter(([, d]) => d.question);

  it.each(questions.filter(([, d]) => d.type === "date"))(
    "%s: a date example as people write it",
    (_, def) => {
      const zh = def.question?.zh ?? "";
      expect(zh).not.toMatch(/\d{4}-\d{1,2}-\d{1,2}|YYYY/);
      expect(zh).toMatch(/如 \d{4}年\d{1,2}月\d{1,2}日 或 \d{4}\/\d{1,2}\/\d{1,2}/);
    },
  );

  it.each(questions.filter(([, d]) => d.type === "region"))("%s: asks for a place, not a code", (_, def) => {
    expect(`${def.question?.zh} ${def.question?.en}`).not.toMatch(/6位|代码|6-digit|code/);
  });
});

describe("dates in refusals", () => {
  it("are written 2030年1月1日 in Chinese, never 2030-01-01", () => {
    const birth = catalogue.fields.get("person.birthDate") as ScalarFieldDef;
    const fact = readerOf(birth)("2030/1/1", undefined, { today: "2026-12-06" });
    if (fact.ok) throw new Error("a birth date after today was accepted");
    expect(sayMessage("zh", fact.says)).toBe("2030年1月1日 晚于今天（2026年12月6日）；该日期应当已经过去");
    expect(sayMessage("en", fact.says)).toBe(
      "2030-01-01 is after today (2026-12-06); this date must already have passed",
    );
  });
});
