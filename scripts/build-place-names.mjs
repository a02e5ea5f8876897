#!/usr/bin/env node
// Writes rules/regions.en.json: the English name of every place of rules/regions.json, in pinyin with the
// English kind where that is the convention ("Yinchuan", "Xixia District", "Helan County"). Run after
// `npm run build` (it reads the name parts from dist/): `npm run regions:en`. pinyin-pro is needed only here,
// so the CLI loads a small data file instead of a pinyin dictionary.
import { readFileSync, writeFileSync } from "node:fs";
import { customPinyin, pinyin } from "pinyin-pro";
import { GROUPING, nameParts } from "../dist/regions/placeNames.js";

const REGIONS = new URL("../rules/regions.json", import.meta.url);
const OUT = new URL("../rules/regions.en.json", import.meta.url);

/** Provinces and the places with an English name of their own (not their pinyin). */
const NAMED = {
  110000: "Beijing",
  120000: "Tianjin",
  130000: "Hebei",
  140000: "Shanxi",
  150000: "Inner Mongolia",
  210000: "Liaoning",
  220000: "Jilin",
  230000: "Heilongjiang",
  310000: "Shanghai",
  320000: "Jiangsu",
  330000: "Zhejiang",
  340000: "Anhui",
  350000: "Fujian",
  360000: "Jiangxi",
  370000: "Shandong",
  410000: "Henan",
  420000: "Hubei",
  430000: "Hunan",
  440000: "Guangdong",
  450000: "Guangxi",
  460000: "Hainan",
  500000: "Chongqing",
  510000: "Sichuan",
  520000: "Guizhou",
  530000: "Yunnan",
  540000: "Tibet",
  610000: "Shaanxi",
  620000: "Gansu",
  630000: "Qinghai",
  640000: "Ningxia",
  650000: "Xinjiang",
  710000: "Taiwan",
  810000: "Hong Kong",
  820000: "Macao",
  150100: "Hohhot",
  540100: "Lhasa",
  540200: "Shigatse",
  650100: "Urumqi",
  429021: "Shennongjia Forestry District",
  540300: "Qamdo",
  540400: "Nyingchi",
  540600: "Nagqu",
  542500: "Ngari Prefecture",
  650200: "Karamay",
  650203: "Karamay District",
  650400: "Turpan",
  652700: "Bortala Autonomous Prefecture",
  652800: "Bayingolin Autonomous Prefecture",
  652900: "Aksu Prefecture",
  652901: "Aksu",
  653100: "Kashgar Prefecture",
  653101: "Kashgar",
  653200: "Hotan Prefecture",
  653201: "Hotan",
  653221: "Hotan County",
  654000: "Ili Autonomous Prefecture",
  654300: "Altay Prefecture",
  654301: "Altay",
  460321: "Xisha Islands",
  460322: "Nansha Islands",
  460323: "Zhongsha Islands",
};

/**
 * Characters read otherwise in these place names than in common words (checked by hand against the
 * official romanisation; test/regions/placeNamesEn.test.ts holds the list that must stay right).
 */
const READINGS = {
  涡阳: "guo yang",
  单: "shan",
  乐亭: "lao ting",
  乐陵: "lao ling",
  乐清: "yue qing",
  洪洞: "hong tong",
  蔚: "yu",
  尉犁: "yu li",
  歙: "she",
  浚: "xun",
  筠连: "jun lian",
  犍为: "qian wei",
  长子: "zhang zi",
  大埔: "da bu",
  吴堡: "wu bu",
  番禺: "pan yu",
  六安: "lu an",
  六合: "lu he",
  东阿: "dong e",
  荥阳: "xing yang",
  荥经: "ying jing",
  蚌埠: "beng bu",
  蚌山: "beng shan",
  费: "fei",
  泌阳: "bi yang",
  曲阜: "qu fu",
  阿城: "a cheng",
  会稽: "kuai ji",
  铅山: "yan shan",
  亳州: "bo zhou",
  珲春: "hun chun",
  句容: "ju rong",
  盱眙: "xu yi",
  莘: "shen",
  茌平: "chi ping",
  冠: "guan",
  牟平: "mu ping",
  中牟: "zhong mou",
  洋: "yang",
  柞水: "zha shui",
  繁峙: "fan shi",
  隰: "xi",
  南召: "nan zhao",
  召陵: "shao ling",
  漯河: "luo he",
  滑: "hua",
  解放: "jie fang",
  枞阳: "zong yang",
  台州: "tai zhou",
  天台: "tian tai",
  黟: "yi",
  厦门: "xia men",
  重庆: "chong qing",
  长沙: "chang sha",
  东莞: "dong guan",
  乐山: "le shan",
  鄯善: "shan shan",
  吐鲁番: "tu lu fan",
  巴里坤: "ba li kun",
  涉: "she",
  蠡: "li",
  大冶: "da ye",
  都江堰: "du jiang yan",
  都匀: "du yun",
  宿迁: "su qian",
  宿州: "su zhou",
  宿松: "su song",
  宿城: "su cheng",
  乐至: "le zhi",
  乐昌: "le chang",
  乐东: "le dong",
  乐都: "le du",
  华阴: "hua yin",
  华: "hua",
  华州: "hua zhou",
  济南: "ji nan",
  济宁: "ji ning",
  济源: "ji yuan",
  会理: "hui li",
  会泽: "hui ze",
  会宁: "hui ning",
  会同: "hui tong",
  会昌: "hui chang",
  会东: "hui dong",
  朝阳: "chao yang",
  长垣: "chang yuan",
  长寿: "chang shou",
  沈丘: "shen qiu",
  无棣: "wu di",
  藁城: "gao cheng",
  井陉: "jing xing",
  行唐: "xing tang",
  那曲: "na qu",
  阳曲: "yang qu",
  曲沃: "qu wo",
  曲周: "qu zhou",
  曲靖: "qu jing",
  曲江: "qu jiang",
  曲阳: "qu yang",
  临朐: "lin qu",
  郏: "jia",
  叶: "ye",
  沁阳: "qin yang",
  沁: "qin",
  沁水: "qin shui",
  栾川: "luan chuan",
  大城: "da cheng",
  闵行: "min hang",
  民乐: "min le",
  // In place names 都 is du (成都, 花都, 丰都) and 什 is shi (什邡, 喀什).
  都: "du",
  什: "shi",
};

/** The English word of a kind of place, by the suffix its Chinese name ends with. */
const KINDS = [
  ["高新技术产业开发区", "Hi-tech Industrial Development Zone"],
  ["高新技术开发区", "Hi-tech Development Zone"],
  ["经济技术开发区", "Economic and Technological Development Zone"],
  ["经济开发区", "Economic Development Zone"],
  ["工业园区", "Industrial Park"],
  ["开发区", "Development Zone"],
  ["管理区", "Administrative Zone"],
  ["行政委员会", "Administrative Committee"],
  ["管委会", "Administrative Committee"],
  ["新区", "New Area"],
  ["新城", "New Town"],
  ["风景名胜区", "Scenic Area"],
  ["示范区", "Demonstration Zone"],
  ["园区", "Park"],
  ["矿区", "Mining District"],
  ["特区", "Special District"],
];
const SUFFIX_KINDS = {
  自治州: "Autonomous Prefecture",
  自治县: "Autonomous County",
  自治旗: "Autonomous Banner",
  地区: "Prefecture",
  区: "District",
  县: "County",
  盟: "League",
  旗: "Banner",
  市: "",
};

// Whole stems first (单 alone is dan, 单县 is Shan); longer names give pinyin-pro the word (蚌埠, 番禺).
customPinyin(
  Object.fromEntries(Object.entries(READINGS).filter(([k]) => k.length > 1 || k === "都" || k === "什")),
);

/** 银川 → "Yinchuan", 六安 → "Lu'an", 西安 → "Xi'an": syllables joined, an apostrophe before a, o or e. */
function romanise(stem) {
  const read = READINGS[stem]?.split(" ") ?? pinyin(stem, { toneType: "none", type: "array" });
  const joined = read.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join("");
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** The English name without its kind: "Xixia District" → "Xixia". */
const bare = (english) => english.replace(/ (Autonomous )?(Prefecture|County|Banner|District|League)$/, "");

/**
 * 河北唐山芦台经济开发区 → "Hebei Tangshan Lutai Economic Development Zone": the names of the levels above it
 * that a zone's name starts with are said as those levels are, each a word.
 */
function zoneName(code, stem, table, names) {
  const words = [];
  let rest = stem;
  for (const level of [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`]) {
    const own = table[level] && nameParts(table[level]).stem;
    if (!own || !names[level] || !rest.startsWith(own)) continue;
    words.push(bare(names[level]));
    rest = rest.slice(own.length).replace(/^[省市]/, "");
  }
  return [...words, ...(rest ? [romanise(rest)] : [])].join(" ");
}

/** The English name of one place of the table, given the names of the places before it (its levels). */
function englishPlaceName(code, table, names) {
  if (NAMED[code]) return NAMED[code];
  const name = table[code];
  const zone = KINDS.find(([suffix]) => name.endsWith(suffix) && [...name].length - suffix.length >= 2);
  if (zone) return `${zoneName(code, name.slice(0, -zone[0].length), table, names)} ${zone[1]}`;
  const { stem, suffix } = nameParts(name);
  const kind = SUFFIX_KINDS[suffix] ?? "";
  return kind ? `${romanise(stem)} ${kind}` : romanise(stem);
}

const table = JSON.parse(readFileSync(REGIONS, "utf8"));
const names = {};
for (const [code, name] of Object.entries(table)) {
  if (!GROUPING.test(name)) names[code] = englishPlaceName(code, table, names);
}
writeFileSync(OUT, `${JSON.stringify(names, null, 1)}\n`);
console.log(`wrote ${Object.keys(names).length} English place names to ${OUT.pathname}`);
