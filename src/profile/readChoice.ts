import { didYouMean } from "../diagnostics.js";
import { type Message, message } from "../messages/index.js";
import type { InBoth } from "../messages/params.js";
import type { Fact } from "./fact.js";
import { folded, shown } from "./factText.js";
import type { ScalarFieldDef } from "./fieldSchema.js";

/** The words read as yes and as no, in every channel. */
export const YES = ["true", "是", "是的", "yes", "y", "1", "√", "✓", "有", "对"];
export const NO = ["false", "否", "不是", "no", "n", "0", "×", "✗", "无", "没有", "不"];

const refuse = (code: string, says: Message): Fact => ({ ok: false, code, says });

/** How a choice is compared: width-folded, lower case, without spaces. */
const key = (text: string) => folded(text).toLowerCase().replace(/\s+/g, "");

/**
 * Every name of each value of an enum field: the value, its Chinese and English labels, the label without its
 * parenthesised detail (大龄失业人员（女40周岁…）is also 大龄失业人员), and the catalogue's accepted forms.
 */
export function choiceNames(def: ScalarFieldDef): Map<string, string> {
  const names = new Map<string, string>();
  for (const value of def.values ?? []) {
    const label = def.valueLabels?.[value];
    const forms = [value, ...(label ? [label.zh, label.en] : []), ...(def.aliases?.[value] ?? [])];
    for (const form of forms) {
      names.set(key(form), value);
      const bare = form.replace(/\s*[（(][^）)]*[）)]\s*$/, "");
      if (bare && bare !== form && !names.has(key(bare))) names.set(key(bare), value);
    }
  }
  return names;
}

/** The reader of a boolean, enum or enum-list field; `text` is a string value, folded and trimmed. */
export function choiceReader(def: ScalarFieldDef): (text: string | undefined, raw: unknown) => Fact {
  if (def.type === "boolean") {
    const names = new Map<string, boolean>([
      ...YES.map((t) => [t, true] as const),
      ...NO.map((f) => [f, false] as const),
    ]);
    return (text, raw) => {
      if (typeof raw === "boolean") return { ok: true, value: raw };
      const said =
        text !== undefined
          ? names.get(key(text))
          : typeof raw === "number"
            ? names.get(String(raw))
            : undefined;
      return said === undefined
        ? refuse("profile/type", message("fact/boolean", { value: shown(raw) }))
        : { ok: true, value: said };
    };
  }
  const names = choiceNames(def);
  const labelOf = (v: string): InBoth => def.valueLabels?.[v] ?? { zh: v, en: v };
  const choices: InBoth = {
    zh: (def.values ?? []).map((v) => labelOf(v).zh).join("、"),
    en: (def.values ?? []).map((v) => labelOf(v).en).join(", "),
  };
  if (def.type === "enum")
    return (text, raw) => {
      const value = text !== undefined ? (names.get(text) ?? names.get(key(text))) : undefined;
      if (value !== undefined) return { ok: true, value };
      const near = text === undefined ? undefined : /`(.+)`/.exec(didYouMean(text, def.values ?? []))?.[1];
      const hint = near === undefined ? undefined : labelOf(near);
      return refuse("profile/enum", message("fact/enum", { value: shown(raw), choices, hint }));
    };
  return (text, raw) => {
    let list: unknown[];
    if (Array.isArray(raw)) list = raw;
    else if (text === undefined) list = [raw];
    else if (/^(无|没有|都不是|以上都不是|none)$/i.test(text)) list = [];
    // A whole text that is one name is that name: a label may hold a separator (女40周岁、男50周岁以上).
    else if (names.has(key(text))) list = [text];
    else list = listText(text);
    const values: string[] = [];
    const wrong: unknown[] = [];
    for (const item of list) {
      const value = typeof item === "string" ? names.get(key(item)) : undefined;
      if (value === undefined) wrong.push(item);
      else if (!values.includes(value)) values.push(value);
    }
    if (wrong.length) {
      const shownList = wrong.slice(0, 5).map(shown).join(", ") + (wrong.length > 5 ? ", …" : "");
      return refuse("profile/enum", message("fact/enum-list", { values: shownList, choices }));
    }
    return { ok: true, value: values };
  };
}

/** `["disabled","veteran"]`, `残疾人、退役士兵`, `disabled, veteran`: the names in a cell or an answer. */
function listText(text: string): unknown[] {
  if (text.startsWith("[")) {
    try {
      const list = JSON.parse(text) as unknown;
      if (Array.isArray(list)) return list;
    } catch {
      // Not JSON after all: read it as a list of names below.
    }
  }
  // A separator inside brackets is part of a label's detail, not between two names.
  const names: string[] = [];
  let depth = 0;
  let name = "";
  for (const c of text) {
    if (c === "（" || c === "(") depth++;
    else if ((c === "）" || c === ")") && depth > 0) depth--;
    if (depth === 0 && SEPARATORS.includes(c)) {
      names.push(name);
      name = "";
    } else name += c;
  }
  names.push(name);
  return names.map((s) => s.trim()).filter(Boolean);
}

const SEPARATORS = ",，、;；/|";
