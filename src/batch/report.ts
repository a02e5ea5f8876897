import Big from "big.js";
import { type Lang, STATUS_TEXT } from "../cli/i18n.js";
import { fittedTable } from "../cli/render/width.js";
import type { Status } from "../engine/result.js";
import type { ProgramTally, Tally } from "./tally.js";

const T = {
  rows: { zh: "共 {n} 条记录，{failed} 条有错误", en: "{n} records, {failed} with errors" },
  program: { zh: "项目", en: "Program" },
  monthly: { zh: "月发放合计（元）", en: "Monthly (yuan)" },
  total: { zh: "发放总额（元）", en: "Total (yuan)" },
  money: { zh: "金额（元）", en: "Amount (yuan)" },
  perMonth: { zh: "月合计 {v}", en: "monthly {v}" },
  allPaid: { zh: "总额 {v}", en: "total {v}" },
  amountUnknown: { zh: "金额待定 {n}", en: "amount unknown {n}" },
  caveated: { zh: "其中须核实 {n}", en: "of which to verify: {n}" },
  reform: {
    zh: "改革测算（同一批记录、同一评估日期）：{params}",
    en: "Reform impact (same records, same date): {params}",
  },
  none: { zh: "（无参数变化——基线自检）", en: "(no parameter changed — a null-reform self-check)" },
  changed: { zh: "结果有变化的记录：{n} 条", en: "Records whose result changes: {n}" },
  transitions: {
    zh: "结论变化（行：现行规则，列：改革后）",
    en: "Status transitions (rows: as is, columns: reformed)",
  },
  notApplicable: { zh: "不适用：{n}", en: "Not applicable: {n}" },
  gain: { zh: "新获资格", en: "Gain eligibility" },
  lose: { zh: "失去资格", en: "Lose eligibility" },
  paidMore: { zh: "领取增加", en: "Paid more" },
  paidLess: { zh: "领取减少", en: "Paid less" },
  beneficiaries: { zh: "受益人数", en: "Beneficiaries" },
  before: { zh: "现行", en: "As is" },
  after: { zh: "改革后", en: "Reformed" },
  delta: { zh: "变化", en: "Change" },
} as const;

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));

/** Yuan with thousands separators and fen: 1234.5 → 1,234.50. */
export function yuan(text: string | Big): string {
  const fixed = new Big(text).toFixed(2);
  const [whole = "", fen = ""] = fixed.split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fen}`;
}

const signed = (b: Big, show: (b: Big) => string) => (b.gt(0) ? `+${show(b)}` : show(b));

const COUNTED: readonly Status[] = ["eligible", "ineligible", "undetermined", "not-applicable"];

/**
 * The end-of-run summary (stderr), no wider than `width` columns: per program, the count of each status, the
 * decisions that carry a caveat the caseworker must verify, and the money (yuan).
 */
export function summaryText(tally: Tally, lang: Lang, width = 80): string {
  const head = [T.program[lang], ...COUNTED.map((s) => STATUS_TEXT[s][lang]), T.money[lang]];
  const entries = Object.entries(tally.programs);
  const rows = entries.map(([id, t]) => programRow(id, t, lang));
  const idWidth = Math.max(0, ...entries.map(([id]) => id.length));
  const counts = fill(T.rows[lang], {
    n: tally.rows.toLocaleString("en"),
    failed: tally.failed.toLocaleString("en"),
  });
  return `${counts}\n${fittedTable(head, rows, width, [idWidth])}\n`;
}

function programRow(id: string, t: ProgramTally, lang: Lang): string[] {
  const money = [
    fill(T.perMonth[lang], { v: yuan(t.monthly) }),
    fill(T.allPaid[lang], { v: yuan(t.total) }),
    ...(t.amountUnknown ? [fill(T.amountUnknown[lang], { n: t.amountUnknown.toLocaleString("en") })] : []),
  ];
  const caveated = t.caveated ? [fill(T.caveated[lang], { n: t.caveated.toLocaleString("en") })] : [];
  return [
    [id, ...caveated].join("\n"),
    ...COUNTED.map((s) => t.counts[s].toLocaleString("en")),
    money.join("\n"),
  ];
}

const DECIDED: readonly Status[] = ["eligible", "ineligible", "undetermined"];

/** The reform-impact report of `--compare`: transitions, gainers and losers, beneficiaries and cost. */
export function compareText(tally: Tally, params: readonly string[], lang: Lang, width = 80): string {
  const lines = [
    fill(T.reform[lang], { params: params.length ? params.join("; ") : T.none[lang] }),
    fill(T.rows[lang], { n: tally.rows.toLocaleString("en"), failed: tally.failed.toLocaleString("en") }),
    fill(T.changed[lang], { n: (tally.changedRows ?? 0).toLocaleString("en") }),
  ];
  for (const [id, before] of Object.entries(tally.programs)) {
    const after = tally.reform?.[id];
    const change = tally.changes?.[id];
    if (!after || !change) continue;
    const moved = (from: Status, to: Status) => change.transitions[`${from}>${to}`] ?? 0;
    const matrix = DECIDED.map((from) => [
      STATUS_TEXT[from][lang],
      ...DECIDED.map((to) => moved(from, to).toLocaleString("en")),
    ]);
    const gained = DECIDED.filter((s) => s !== "eligible").reduce((n, s) => n + moved(s, "eligible"), 0);
    const lost = DECIDED.filter((s) => s !== "eligible").reduce((n, s) => n + moved("eligible", s), 0);
    const money: string[][] = [];
    const b = before.counts.eligible;
    const a = after.counts.eligible;
    money.push([
      T.beneficiaries[lang],
      b.toLocaleString("en"),
      a.toLocaleString("en"),
      signed(new Big(a - b), (x) => x.toFixed(0)),
    ]);
    for (const key of ["monthly", "total"] as const) {
      const delta = new Big(after[key]).minus(before[key]);
      money.push([T[key][lang], yuan(before[key]), yuan(after[key]), signed(delta, yuan)]);
    }
    lines.push(
      "",
      id,
      T.transitions[lang],
      fittedTable(["", ...DECIDED.map((s) => `→ ${STATUS_TEXT[s][lang]}`)], matrix, width),
      fill(T.notApplicable[lang], { n: moved("not-applicable", "not-applicable").toLocaleString("en") }),
      `${T.gain[lang]} ${gained}  ${T.lose[lang]} ${lost}  ${T.paidMore[lang]} ${change.gainers}  ${T.paidLess[lang]} ${change.losers}`,
      fittedTable(["", T.before[lang], T.after[lang], T.delta[lang]], money, width),
    );
  }
  return `${lines.join("\n")}\n`;
}
