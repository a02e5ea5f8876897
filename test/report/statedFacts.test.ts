import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// office3 F10 (O8): the report marked a sex the profile states as "由身份证号码推算" whenever it agreed with the ID
// number. Only what the ID number gave is marked; a stated fact, checked against the ID, is not.
const STATED = `case: { reference: NX-1 }
person:
  idNumber: "640121198805200118"
  sex: 男
  employmentStatus: unemployed
unemployment: { insuredRegion: "640121", contributionMonths: 78, involuntary: true, registered: true }
`;

describe("the case report marks only the facts the ID number gave", () => {
  it.each(["md", "html"])("%s: a stated sex is not marked; the birth date the ID gave is", async (format) => {
    const { code, stdout } = await butie(["eval", "-", "--format", format, "--as-of", "2021-10-01"], {
      stdin: STATED,
    });
    expect(code).toBe(0);
    const fact = (label: string) => (format === "md" ? `- ${label}：` : `<th>${label}</th>`);
    // The fact's own cell: from its label to the end of its line (md) or of its <td> (html).
    const line = (label: string) => {
      const from = stdout.indexOf(fact(label));
      const end = stdout.indexOf(format === "md" ? "\n" : "</td>", from);
      return from < 0 ? "" : stdout.slice(from, end);
    };
    expect(line("性别")).toContain("男");
    expect(line("性别")).not.toContain("由身份证号码推算");
    expect(line("出生日期")).toContain("1988年5月20日");
    expect(line("出生日期")).toContain("由身份证号码推算");
  });
});
