import { type Message, message } from "../../messages/index.js";

/** Why a table row is no applicant: nothing in it, a sum of the rows above, or the form's footer. */
export type NotARecord = "blank" | "total" | "footer";

// A sum row as offices write it: 合计, 总计, 小计, 共计 (本页合计), alone or with its count (合计：2人, 合计（2人）), in
// any cell; the other cells are sums or blank.
const TOTAL = /^(本页|本表)?(合计|总计|小计|共计)([:：（(].*|\d+人?)?$/;
// The end of a paper-derived form: 以下空白 (often merged across the row), 以下无内容.
const END = /^[（(]?(以下|此下|此处|本页以下)(空白|无内容|无数据|无正文)[）)]?[。.]?$/;
// A form's footer: a signature or note label with its colon (制表人：, 审核：王, 单位（盖章）：, 注：本表一式两份).
const FOOTER =
  /^(制表人?|填表人?|填报人|审核人?|复核人?|审批人?|负责人|单位负责人|经办人|联系人|联系电话|制表日期|填报日期|填表日期|日期|注|备注|说明|填表说明|填报说明|(填报|申报|用人)?单位[（(]?(盖章|公章)[）)]|盖章|签字|签名)[:：]/;

const cellText = (v: unknown) => (v === undefined || v === null ? "" : String(v).replace(/[\s\u3000]/g, ""));

/**
 * Why a table row is not a record, or undefined when it is one. `sumColumns` (0-based) are the columns a sums
 * row adds up (counts and money): a row with numbers under them only, nothing in any other column (no reference,
 * no ID number, no name), is an unlabelled sums row.
 */
export function notARecord(
  cells: readonly unknown[],
  sumColumns: ReadonlySet<number> = new Set(),
): NotARecord | undefined {
  const texts = cells.map(cellText).filter(Boolean);
  if (!texts.length) return "blank";
  if (texts.some((t) => TOTAL.test(t))) return "total";
  if (texts.every((t) => END.test(t))) return "footer";
  if (isFooter(texts)) return "footer";
  if (isSumsRow(cells, sumColumns)) return "total";
  return undefined;
}

/** Every filled cell a footer label, or the value written in the cell after an empty one (制表人： | 李). */
function isFooter(texts: readonly string[]): boolean {
  let labelWaits = false;
  for (const t of texts) {
    if (FOOTER.test(t)) labelWaits = /[:：]$/.test(t);
    else if (labelWaits) labelWaits = false;
    else return false;
  }
  return true;
}

const NUMBER = /^-?[\d,]+(\.\d+)?$/;

function isSumsRow(cells: readonly unknown[], sumColumns: ReadonlySet<number>): boolean {
  if (!sumColumns.size) return false;
  let numbers = 0;
  for (let i = 0; i < cells.length; i++) {
    const t = cellText(cells[i]);
    if (!t) continue;
    if (!sumColumns.has(i) || !NUMBER.test(t)) return false;
    numbers++;
  }
  return numbers > 0;
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
