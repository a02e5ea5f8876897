import type { FieldCatalogue } from "./fieldCatalogue.js";
import type { FieldDef, ScalarFieldDef } from "./fields.js";
import { choiceNames, NO, YES } from "./readChoice.js";

type Schema = Record<string, unknown>;

/** The JSON Schema (2020-12) of a profile, generated from the field catalogue. */
export function profileJsonSchema(catalogue: FieldCatalogue): Schema {
  const properties: Record<string, Schema> = {};
  for (const [name, section] of Object.entries(catalogue.sections)) {
    const fields = Object.fromEntries(
      Object.entries(section.fields).map(([f, def]) => [f, fieldSchema(def)]),
    );
    properties[name] = {
      type: "object",
      title: section.label.en,
      description: section.label.zh,
      properties: fields,
      additionalProperties: false,
    };
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "butie profile",
    type: "object",
    properties,
    additionalProperties: false,
  };
}

/** How each type may also be written (read by the one reader of src/profile/readFact.ts, in every channel). */
const FORMS = {
  number: {
    type: "string",
    description:
      "也可写 +5、5,000、5000元、12个月、8年（按96个月计）、全角数字；比例可写 8%。Also: 5,000, 5000 yuan, 8%, 8 years (96 months).",
  },
  date: ["2021-09-01", "2021/9/1", "2021.9.1", "2021年9月1日", "20210901"],
  region: ["640104", "银川市兴庆区", "宁夏银川兴庆", "yinchuan", "Xingqing District", "Yinchuan Xingqing"],
  unknown: ["不知道", "不清楚", "unknown"],
};

function fieldSchema(def: FieldDef): Schema {
  const meta = {
    title: def.label.en,
    description: def.gloss ? `${def.label.zh}（${def.gloss.zh}）` : def.label.zh,
  };
  const range = {
    ...(def.min !== undefined ? { minimum: def.min } : {}),
    ...(def.max !== undefined ? { maximum: def.max } : {}),
  };
  const orUnknown = { enum: [...FORMS.unknown, null] };
  switch (def.type) {
    case "boolean":
      return { ...meta, anyOf: [{ type: "boolean" }, { enum: [...YES, ...NO] }, orUnknown] };
    case "integer":
      return {
        ...meta,
        anyOf: [
          { type: "integer", ...range, ...(def.oneOf ? { enum: def.oneOf } : {}) },
          FORMS.number,
          orUnknown,
        ],
      };
    case "decimal":
      return { ...meta, anyOf: [{ type: "number", ...range }, FORMS.number, orUnknown] };
    case "date":
      return { ...meta, type: ["string", "null"], examples: FORMS.date };
    case "region":
      return {
        ...meta,
        anyOf: [
          { type: "string", pattern: "^\\d{6}$" },
          { type: "string", description: "地名 / place name" },
          { type: "null" },
        ],
        examples: FORMS.region,
      };
    case "id-number":
      return { ...meta, type: ["string", "null"], pattern: "^\\d{17}[\\dXx]$" };
    case "text":
      return { ...meta, type: ["string", "null"], maxLength: def.maxLength ?? 200 };
    case "enum":
      return { ...meta, anyOf: [...choices(def), orUnknown] };
    case "enum-list":
      return {
        ...meta,
        anyOf: [
          { type: "array", items: { anyOf: choices(def) } },
          {
            type: "string",
            description: "用顿号或逗号分隔，如 残疾人、退役士兵 / names separated by 、 or ,",
          },
        ],
      };
    case "records":
      return {
        ...meta,
        type: "array",
        items: {
          type: "object",
          properties: Object.fromEntries(Object.entries(def.fields).map(([k, f]) => [k, fieldSchema(f)])),
          additionalProperties: false,
        },
      };
  }
}

/** Each value with its Chinese and English labels, and every other name it is accepted by. */
function choices(def: FieldDef): Schema[] {
  const names = choiceNames(def as ScalarFieldDef);
  return (def.values ?? []).map((value) => {
    const label = def.valueLabels?.[value];
    const others = [...names].filter(([, v]) => v === value).map(([name]) => name);
    return {
      ...(label ? { title: label.en, description: label.zh } : {}),
      enum: [
        value,
        ...(label ? [label.zh, label.en] : []),
        ...(def.aliases?.[value] ?? []),
        ...others,
      ].filter((n, i, all) => all.indexOf(n) === i),
    };
  });
}
