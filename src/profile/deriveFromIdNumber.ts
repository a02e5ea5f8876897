import { parseIsoDate, type Value } from "../expr/values.js";
import { parseIdNumber } from "./idNumber.js";

/**
 * Birth date and sex from `person.idNumber` when they are not given; which one contradicts it when given.
 * Shared by every channel, so a row's ID number gives the same profile on the batch fast path as in `eval`.
 */
export function deriveFromIdNumber(fields: {
  get(path: string): Value | undefined;
  set(path: string, value: Value): unknown;
}): ("birth" | "sex")[] {
  const id = fields.get("person.idNumber");
  if (typeof id !== "string") return [];
  const parsed = parseIdNumber(id);
  if (!parsed.ok) return [];
  const wrong: ("birth" | "sex")[] = [];
  const birth = fields.get("person.birthDate");
  const derived = parseIsoDate(parsed.birthDate) as Date;
  if (birth === undefined) fields.set("person.birthDate", derived);
  else if ((birth as Date).getTime() !== derived.getTime()) wrong.push("birth");
  const sex = fields.get("person.sex");
  if (sex === undefined) fields.set("person.sex", parsed.sex);
  else if (sex !== parsed.sex) wrong.push("sex");
  return wrong;
}
