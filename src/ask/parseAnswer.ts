import Big from "big.js";
import { formatIsoDate, type Value } from "../expr/values.js";
import { bothLanguages, inEachLanguage, sayMessage } from "../messages/index.js";
import { dateText, folded } from "../profile/factText.js";
import type { ScalarFieldDef } from "../profile/fields.js";
import { parseIdNumber } from "../profile/idNumber.js";
import { readerOf } from "../profile/readFact.js";
import type { RawScalar } from "./answers.js";

export type Lang = "zh" | "en";
type Local = { readonly zh: string; readonly en: string };

/**
 * A typed answer: the value as a profile holds it (with `note`, how it was read when another unit or a name
 * was typed: "8年 按96个月计"), a declined answer, or why the text was not understood.
 */
export type Parsed =
  | { readonly ok: true; readonly value: RawScalar; readonly note?: Local }
  | { readonly ok: true; readonly declined: true }
  | { readonly ok: true; readonly idNumber: string }
  | { readonly ok: false; readonly message: Local };

/** `1990/1/1`, `1990年1月1日`, `19900101` → `1990-01-01`, if a real calendar day. */
export function parseDateText(text: string): string | undefined {
  const iso = dateText(folded(text));
  const fact = iso === undefined ? undefined : readerOf({ type: "date", label: { zh: "", en: "" } })(iso);
  return fact?.ok && fact.value instanceof Date ? formatIsoDate(fact.value) : undefined;
}

/**
 * Read what was typed for a field with the same reader as a profile, a fixture or a spreadsheet cell, so an
 * answer means what it would mean in a file; `today` refuses a past fact dated after it. With
 * `acceptIdNumber`, an 18-character ID number is accepted instead (for a birth date or sex).
 */
export function parseAnswer(
  def: ScalarFieldDef,
  text: string,
  acceptIdNumber = false,
  today?: string,
): Parsed {
  const t = folded(text);
  if (acceptIdNumber && /^\d{17}[\dXx]$/.test(t)) {
    const id = parseIdNumber(t);
    return id.ok
      ? { ok: true, idNumber: t.toUpperCase() }
      : { ok: false, message: bothLanguages("fact/id-invalid", { reason: id.reason }) };
  }
  const fact = readerOf(def)(text, undefined, today === undefined ? {} : { today });
  if (!fact.ok) return { ok: false, message: inEachLanguage((lang) => sayMessage(lang, fact.says)) };
  if (fact.value === undefined) return { ok: true, declined: true };
  const value = rawOf(fact.value);
  const said = fact.note;
  const note = said && inEachLanguage((lang) => sayMessage(lang, said));
  return note ? { ok: true, value, note } : { ok: true, value };
}

/** A value as a profile file holds it: numbers as numbers, dates as `YYYY-MM-DD`. */
export function rawOf(value: Value): RawScalar {
  if (value instanceof Big) return Number(value.toString());
  if (value instanceof Date) return formatIsoDate(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value as string[];
  throw new Error(`not a scalar answer: ${String(value)}`);
}
