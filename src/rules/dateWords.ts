// Dates as people write them, in one language: 2008年1月1日 / 1 January 2008. Here, below the rules' sentences
// that quote dates, so that a filled-in sentence and the plain view word a date the same way.

import { say } from "../messages/index.js";

type Lang = "zh" | "en";

/** `2008年1月1日` / `1 January 2008`. */
export function dateWords(d: Date, lang: Lang): string {
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  return say(lang, "words/date/day", { y, m: m + 1, d: day });
}

/** `2008-01-01` → `2008年1月1日`; anything else unchanged. */
export function isoDateWords(text: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return text;
  return dateWords(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), lang);
}

/** `2021-08` → `2021年8月` / `August 2021`. */
export function monthWords(text: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})/.exec(text);
  if (!m) return text;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  return say(lang, "words/date/month", { y, m: mo });
}
