import { describe, expect, it } from "vitest";
import { maskIdNumber, parseIdNumber } from "../../src/profile/idNumber.js";

describe("parseIdNumber", () => {
  it.each([
    ["11010519491231002X", "1949-12-31", "female", "110105"],
    ["11010519491231002x", "1949-12-31", "female", "110105"],
    ["340104199001011239", "1990-01-01", "male", "340104"],
    ["340104199001011212", "1990-01-01", "male", "340104"],
    ["64010419850615002X", "1985-06-15", "female", "640104"],
    ["340104200002290028", "2000-02-29", "female", "340104"],
    ["340104190001010016", "1900-01-01", "male", "340104"],
    ["441900199902280041", "1999-02-28", "female", "441900"],
    // Unknown or abolished address codes are not rejected.
    ["999999199001011238", "1990-01-01", "male", "999999"],
  ])("accepts %s", (id, birthDate, sex, addressCode) => {
    expect(parseIdNumber(id)).toEqual({ ok: true, birthDate, sex, addressCode });
  });

  it.each([
    ["", "length"],
    ["11010519491231002", "length"],
    ["11010519491231002X0", "length"],
    ["110105194912310021", "checksum"],
    ["340104199001011238", "checksum"],
    ["11010519491231002Y", "format"],
    ["1101051949123100X2", "format"],
    ["11010519491231 02X", "format"],
    ["340104202102300018", "birth-date"],
    ["34010419990229001X", "birth-date"],
    ["340104189901010013", "birth-date"],
    ["340104199013011236", "birth-date"],
    ["340104199000011237", "birth-date"],
    ["340104199001001233", "birth-date"],
  ])("rejects %s as %s", (id, reason) => {
    expect(parseIdNumber(id)).toEqual({ ok: false, reason });
  });
});

describe("maskIdNumber", () => {
  it.each([
    ["340104199001011234", "3401**********1234"],
    ["11010519491231002X", "1101**********002X"],
    ["1234567", "12***67"],
    ["12345", "12*45"],
    ["1234", "****"],
    ["", ""],
  ])("masks %s as %s", (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });
});
