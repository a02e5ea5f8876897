import type { Catalogue, Code, Lang } from "./catalogue.js";
import { en } from "./en.js";
import type { Message, Params } from "./params.js";
import { zh } from "./zh.js";

export type { Catalogue, Code, Lang } from "./catalogue.js";
export type { Message } from "./params.js";

export const CATALOGUES: { readonly [L in Lang]: Catalogue } = { zh, en };

/** Parameters of `code`, as a rest argument: none for a word said as is. */
type ParamsOf<K extends Code> = [Params[K]] extends [undefined] ? [] : [Params[K]];

/** The message `code` in `lang`. */
export function say<K extends Code>(lang: Lang, code: K, ...params: ParamsOf<K>): string {
  const entry = CATALOGUES[lang][code] as string | ((p: unknown, inner: (m: Message) => string) => string);
  return typeof entry === "string" ? entry : entry(params[0], (m) => sayMessage(lang, m));
}

/** A message to be worded later (thrown errors, diagnostics). */
export function message<K extends Code>(code: K, ...params: ParamsOf<K>): Message {
  return { code, params: params[0] } as Message;
}

/** A message in `lang`. */
export function sayMessage(lang: Lang, m: Message): string {
  return (say as (lang: Lang, code: Code, p?: unknown) => string)(lang, m.code, m.params);
}

/**
 * Both languages of a word, for the views that hold a word in each (`{ zh, en }`). Each is worded when read: the
 * CLI loads a language's catalogue on first use (scripts/build-cli.mjs), and a run in one language reads one.
 */
export function bothLanguages<K extends Code>(code: K, ...params: ParamsOf<K>): { zh: string; en: string } {
  return inEachLanguage((lang) => say(lang, code, ...params));
}

/**
 * Text in each language, worded the first time it is read (as `bothLanguages`) and kept, from how each language
 * words it: a run in one language never words (nor loads the catalogue of) the other.
 */
export function inEachLanguage(word: (lang: Lang) => string): { zh: string; en: string } {
  let zh: string | undefined;
  let en: string | undefined;
  const text = {
    get zh() {
      zh ??= word("zh");
      return zh;
    },
    get en() {
      en ??= word("en");
      return en;
    },
  };
  WORDED.add(text);
  return text;
}

const WORDED = new WeakSet<object>();

/** Whether a text is butie's own words (`inEachLanguage`): nothing in it is a rule's placeholder to fill. */
export function isWorded(text: object): boolean {
  return WORDED.has(text);
}
