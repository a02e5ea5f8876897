import { englishForms, englishNameOf } from "./englishNames.js";
import { type RegionNames, regionNames, regionTable } from "./regions.js";

/** Names that stand for a grouping, not a place (a municipality's "市辖区", "省直辖县级行政区划"). */
export const GROUPING = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

// Longest first, so 回族自治区 is cut before 区.
const SUFFIXES = [
  "维吾尔自治区",
  "壮族自治区",
  "回族自治区",
  "特别行政区",
  "自治区",
  "自治州",
  "自治县",
  "自治旗",
  "地区",
  "省",
  "市",
  "区",
  "县",
  "盟",
  "旗",
];

/**
 * The peoples named in autonomous places (恩施土家族苗族自治州 is called 恩施); a name of two characters or
 * more may come without 族 (巴音郭楞蒙古自治州, 塔什库尔干塔吉克自治县).
 */
const PEOPLES =
  /(?:(土家|苗|回|藏|彝|壮|布依|侗|瑶|白|哈尼|傣|黎|傈僳|佤|拉祜|纳西|景颇|蒙古|朝鲜|满|羌|哈萨克|柯尔克孜|土|撒拉|达斡尔|鄂温克|鄂伦春|仫佬|毛南|仡佬|水|畲|锡伯|裕固|保安|东乡|普米|怒|独龙|阿昌|德昂|布朗|基诺|京|各)族|(蒙古|哈萨克|塔吉克|锡伯|柯尔克孜|达斡尔|鄂温克|鄂伦春))$/;

/** 恩施土家族苗族自治州 → 恩施 and 自治州: the name itself, and its kind (empty for 西沙群岛). */
export function nameParts(name: string): { stem: string; suffix: string } {
  const suffix = SUFFIXES.find((s) => name.endsWith(s)) ?? "";
  let stem = name.slice(0, name.length - suffix.length);
  while (PEOPLES.test(stem) && [...stem.replace(PEOPLES, "")].length >= 2) stem = stem.replace(PEOPLES, "");
  return { stem, suffix };
}

/** 宁夏回族自治区 → 宁夏, 银川市 → 银川; a name of one character once cut (e.g. 和县) keeps its suffix. */
function shortName(name: string): string {
  const { stem } = nameParts(name);
  return [...stem].length >= 2 ? stem : name;
}

/** The codes of the levels above `code` and itself, without groupings: province, city, county. */
export function chainOf(code: string, table: RegionNames = regionNames): string[] {
  const chain = [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code];
  return chain.filter((c, i) => chain.indexOf(c) === i && table.has(c) && !GROUPING.test(table.get(c) ?? ""));
}

/** 安徽省合肥市蜀山区: the province, the city unless it is a grouping, and the place. */
export function fullName(code: string, table: RegionNames = regionNames): string {
  return chainOf(code, table)
    .map((c) => table.get(c))
    .join("");
}

/** The English name of a place with its levels, the finest first: "Xixia District, Yinchuan, Ningxia". */
export function englishFullName(code: string, table: RegionNames = regionNames): string {
  return chainOf(code, table)
    .map((c) => englishNameOf(c) ?? table.get(c))
    .reverse()
    .join(", ");
}

/**
 * How a name is compared: width-folded, without spaces or dots, lower case, and pinyin without its tones
 * whether marked (Yínchuān) or numbered (yin2chuan1), ü as u.
 */
export function foldName(text: string): string {
  const folded = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s·.'’-]/g, "");
  const plain = folded.normalize("NFD").replace(/\p{M}/gu, "");
  // ü is also typed v (lvshunkou): pinyin has no other v.
  return /^[a-z][a-z1-5]*$/.test(plain) ? plain.replace(/(?<=[a-z])[1-5]/g, "").replace(/v/g, "u") : folded;
}

let folded: Map<string, string[]> | undefined;

/** Each place's names, folded: its name, its short name, its English or pinyin name where there is one. */
function namesByCode(): Map<string, string[]> {
  if (folded) return folded;
  folded = new Map();
  for (const [code, n] of regionTable()) {
    if (GROUPING.test(n)) continue;
    folded.set(code, [...new Set([n, shortName(n), ...englishForms(code, n)].map(foldName))].filter(Boolean));
  }
  return folded;
}

/** Whether `text` is the names of some of `levels`, in order, each level at most once (宁夏银川, 安徽合肥市). */
function namesLevels(text: string, levels: readonly string[][]): boolean {
  if (text === "") return true;
  return levels.some((names, i) =>
    names.some((n) => text.startsWith(n) && namesLevels(text.slice(n.length), levels.slice(i + 1))),
  );
}

/**
 * Whether `text` names `code`: its own name, after the names of some of the levels above it in order
 * (合肥市蜀山区, 安徽合肥蜀山, 蜀山, Hefei Shushan).
 */
function names(text: string, code: string, table: Map<string, string[]>): boolean {
  const own = table.get(code) ?? [];
  const ends = own.filter((n) => text.endsWith(n));
  if (!ends.length) return false;
  const above = chainOf(code)
    .slice(0, -1)
    .map((c) => table.get(c) ?? []);
  return ends.some((n) => namesLevels(text.slice(0, text.length - n.length), above));
}

export type PlaceMatch =
  | { readonly found: string }
  | { readonly candidates: readonly string[] }
  | { readonly unknown: true };

/**
 * The region code a place name stands for. Two places of the same name (朝阳区 in Beijing and in Changchun)
 * are never chosen between: the candidates are returned for the person to say which.
 */
export function placeByName(text: string): PlaceMatch {
  const key = foldName(text);
  const table = namesByCode();
  const codes = key ? [...table.keys()].filter((code) => names(key, code, table)) : [];
  if (!codes.length) return { unknown: true };
  if (codes.length === 1) return { found: codes[0] as string };
  return { candidates: codes };
}

/** The names a search term may match: Chinese full name, and the English or pinyin names of its levels. */
export function searchableName(code: string, table: RegionNames = regionNames): string {
  const english = chainOf(code, table)
    .map((c) => englishNameOf(c))
    .filter(Boolean)
    .join(" ");
  return foldName(`${fullName(code, table)} ${english}`);
}
