import { idCheckChar, isRealDate } from "../text/idMask.js";

// Masking lives with the text every writer passes through (src/text/idMask.ts); these names stay importable here.
export {
  holdsIdNumber,
  isShortIdNumber,
  maskIdNumber,
  maskIdNumbersIn,
  maskIdShapedIn,
} from "../text/idMask.js";

export type IdNumberResult =
  | { ok: true; birthDate: string; sex: "male" | "female"; addressCode: string }
  | { ok: false; reason: "length" | "format" | "birth-date" | "checksum" };

/** Validates an 18-character GB 11643-1999 resident ID number and extracts birth date, sex and address code. */
export function parseIdNumber(id: string): IdNumberResult {
  if (id.length !== 18) return { ok: false, reason: "length" };
  const upper = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(upper)) return { ok: false, reason: "format" };
  const year = Number(upper.slice(6, 10));
  const month = Number(upper.slice(10, 12));
  const day = Number(upper.slice(12, 14));
  if (!isRealDate(year, month, day)) return { ok: false, reason: "birth-date" };
  if (idCheckChar(upper) !== upper.charAt(17)) return { ok: false, reason: "checksum" };
  return {
    ok: true,
    birthDate: `${upper.slice(6, 10)}-${upper.slice(10, 12)}-${upper.slice(12, 14)}`,
    sex: Number(upper.charAt(16)) % 2 === 1 ? "male" : "female",
    addressCode: upper.slice(0, 6),
  };
}
