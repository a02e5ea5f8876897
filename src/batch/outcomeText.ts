import type Big from "big.js";
import type { LocalText } from "../rules/program.js";
import { jsonOutput } from "../text/guard.js";
import type { Outcome } from "./outcome.js";

const KEYS = new Map<string, string>();

/** `"id":` for a program id: a handful per run, made once. */
export function keyText(id: string): string {
  let text = KEYS.get(id);
  if (text === undefined) {
    text = `${jsonOutput(id)}:`;
    KEYS.set(id, text);
  }
  return text;
}

const TEXTS = new WeakMap<Outcome, string>();

/**
 * An outcome's JSON text (`outcomeJson`'s object, stringified), pushed onto `into`. Written directly, without
 * the object: most outcomes of a row are undetermined or carry their own amount, made fresh per row. An
 * outcome shared between rows (frozen) is written once.
 */
export function pushOutcomeText(o: Outcome, into: string[]): void {
  if (!Object.isFrozen(o)) {
    outcomeParts(o, into);
    return;
  }
  let text = TEXTS.get(o);
  if (text === undefined) {
    const parts: string[] = [];
    outcomeParts(o, parts);
    text = parts.join("");
    TEXTS.set(o, text);
  }
  into.push(text);
}

/** The pieces of `JSON.stringify(outcomeJson(o))`, key for key in its order, DEL and C1 controls escaped. */
function outcomeParts(o: Outcome, into: string[]): void {
  into.push('{"status":"', o.status, '","amount":', numText(o.value));
  if (o.per) into.push(',"per":"', o.per, '"');
  if (o.months !== undefined) into.push(',"months":', numText(o.months));
  into.push(',"total":', numText(o.total), ',"missing":', stringsText(o.missing));
  if (o.caveats) into.push(',"caveats":', localTexts(o.caveats));
  if (o.priority !== undefined) into.push(',"priority":', String(o.priority));
  if (o.exclusions) into.push(',"exclusions":', stringsText(o.exclusions));
  if (o.assumed) into.push(',"assumed":', localTexts(o.assumed));
  if (o.elsewhere) into.push(',"placeNotGiven":true');
  if (o.lawUnknown) into.push(',"lawUnknown":{"from":', jsonOutput(o.lawUnknown.from), "}");
  into.push("}");
}

/** A money amount or a count as JSON: the number its decimal text reads as (null when there is none). */
const numText = (b: Big | null | undefined): string =>
  b === null || b === undefined ? "null" : JSON.stringify(Number(b.toString()));

const LISTS = new Map<string, string>();

/** A list of field paths or program ids: the same few lists recur, so each is made once. */
function stringsText(items: readonly string[]): string {
  if (!items.length) return "[]";
  const key = items.join("\n");
  let text = LISTS.get(key);
  if (text === undefined) {
    text = jsonOutput(items);
    if (LISTS.size >= LIST_LIMIT) LISTS.clear();
    LISTS.set(key, text);
  }
  return text;
}

const LIST_LIMIT = 1_000;

const LOCAL = new WeakMap<LocalText, string>();

/** Caveat and assumption texts: each text is the rules' own object, so its JSON is made once. */
function localTexts(texts: readonly LocalText[]): string {
  let out = "[";
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] as LocalText;
    let text = LOCAL.get(t);
    if (text === undefined) {
      text = jsonOutput({ zh: t.zh, en: t.en });
      LOCAL.set(t, text);
    }
    out += i ? `,${text}` : text;
  }
  return `${out}]`;
}
