import { codeTable } from "./codeTable.js";

// Generated from the region table by scripts/build-place-names.mjs (pinyin, with the English kind of place):
// a data file, so no pinyin dictionary loads at start. Same relative path from src/regions and dist/regions.
const NAMES = codeTable(new URL("../../rules/regions.en.json", import.meta.url));

/** The English name of one place ("Xixia District", "Yinchuan", "Ningxia"), or undefined for a grouping. */
export function englishNameOf(code: string): string | undefined {
  return NAMES.nameOf(code);
}

/** How a person may write an English name in pinyin: without its kind, or with the kind in pinyin (xixiaqu). */
const KINDS: readonly (readonly [RegExp, string])[] = [
  [/ Autonomous Prefecture$/, "zhou"],
  [/ Autonomous County$/, "xian"],
  [/ Autonomous Banner$/, "qi"],
  [/ Prefecture$/, "diqu"],
  [/ District$/, "qu"],
  [/ County$/, "xian"],
  [/ Banner$/, "qi"],
  [/ League$/, "meng"],
];

/** The English name and the pinyin forms a person may type for a place: Xixia District, Xixia, Xixiaqu. */
export function englishForms(code: string, chineseName: string): string[] {
  const english = englishNameOf(code);
  if (!english) return [];
  const kind = KINDS.find(([re]) => re.test(english));
  if (kind) {
    const stem = english.replace(kind[0], "");
    return [english, stem, `${stem}${kind[1]}`];
  }
  // A city or a county-level city: 银川市 is Yinchuan, and yinchuanshi.
  return chineseName.endsWith("市") ? [english, `${english}shi`] : [english];
}
