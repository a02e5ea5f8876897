import type { Entry } from "../catalogue.js";
import type { FactsParams } from "./params.js";

/** The English words of facts read together. */
export const enFacts: { readonly [K in keyof FactsParams]: Entry<FactsParams[K]> } = {
  "facts/insured-before-birth": ({ insured, birth }) =>
    `the first insured date ${insured} is before the birth date ${birth}: at least one of the two is wrong`,
  "facts/insured-before-16": ({ insured, birth, sixteen }) =>
    `the first insured date ${insured} is before the 16th birthday (born ${birth}, 16 on ${sixteen}): no one under 16 may be employed (Labour Law art. 15); check both`,
  "facts/unemployed-before-insured": ({ unemployed, insured }) =>
    `the unemployment date ${unemployed} is before the first insured date ${insured}: one becomes unemployed only after being insured; check both`,
  "facts/months-beyond-period": ({ field, months, from, fromField, to, toField, most }) =>
    `${field.en} ${months} is more than could have been paid: from ${fromField === "sixteen" ? "the 16th birthday" : fromField.en} ${from} to ${toField === "as-of" ? "the as-of date" : toField.en} ${to} there are at most ${most} months; check these facts`,
  "fact/after-as-of": ({ value, asOf }) =>
    `${value} is after the as-of date ${asOf}: on that date this had not happened yet, so the profile does not describe that date; correct the date, or evaluate on a later date`,
  "fact/future-date": ({ value, today }) =>
    `${value} is after today (${today}); this date must already have passed`,
  "facts/invisible": ({ value, chars }) =>
    `${value} held invisible characters (${chars}), dropped before reading`,
  "facts/and": ({ first, second }, inner) => `${inner(first)}; ${inner(second)}`,
  "facts/months-over-year": ({ value, months }) =>
    `${value}: ${months} months is not a number of months within a year (0 to 11); write the total months or correct the years`,
  "facts/unknown-word": ({ value }) => `${value} read as unknown (not given)`,
  "facts/col/notes": "Notes",
  "facts/yaml-syntax": ({ reason, code, fullWidthColon }) =>
    `${reason}${code === "TAB_AS_INDENT" ? " (indent with spaces, not tabs)" : ""}${fullWidthColon ? " (the colon on this line is the full-width “：”; write the ASCII “:” followed by a space)" : ""}`,
};
