import { type Message, message } from "../../messages/index.js";

/** Why a table row is no applicant: nothing in it, a sum of the rows above, or the form's footer. */
export type NotARecord = "blank" | "total" | "footer";

// A sum row as offices write it: 合计, 总计, 小计, 共计 (本页合计), in any cell; the other cells are sums or blank.
const TOTAL = /^(本页|本表)?(合计|总计|小计|共计)[:：]?$/;
// A form's footer: every filled cell a signature or note label (制表人：, 审核人：, 注：本表一式两份).
const FOOTER =
  /^(制表人|填表人|审核人|复核人|负责人|单位负责人|经办人|制表日期|填报日期|填表日期|注|备注|说明)[:：]/;

const cellText = (v: unknown) => (v === undefined || v === null ? "" : String(v).replace(/[\s\u3000]/g, ""));

/** Why a table row is not a record, or undefined when it is one. */
export function notARecord(cells: readonly unknown[]): NotARecord | undefined {
  const texts = cells.map(cellText).filter(Boolean);
  if (!texts.length) return "blank";
  if (texts.some((t) => TOTAL.test(t))) return "total";
  if (texts.every((t) => FOOTER.test(t))) return "footer";
  return undefined;
}

/** The rows skipped as no records, by why, said once each after the run. */
export class SkippedRows {
  private readonly lines: Record<NotARecord, number[]> = { blank: [], total: [], footer: [] };

  add(kind: NotARecord, line: number): void {
    this.lines[kind].push(line);
  }

  messages(): Message[] {
    return (Object.entries(this.lines) as [NotARecord, number[]][])
      .filter(([, lines]) => lines.length)
      .map(([kind, lines]) => message("batch/skippedRows", { kind, n: lines.length, rows: rowList(lines) }));
  }
}

/** 3、5–9、12 (the first ten runs, then …). */
function rowList(lines: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === (lines[j] as number) + 1) j++;
    runs.push(i === j ? `${lines[i]}` : `${lines[i]}–${lines[j]}`);
    i = j;
  }
  return runs.length > 10 ? `${runs.slice(0, 10).join("、")}…` : runs.join("、");
}
