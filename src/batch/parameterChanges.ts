import { formatValue } from "../expr/values.js";
import { type Lang, say } from "../messages/index.js";
import { isoDateWords } from "../rules/dateWords.js";
import { valueAt } from "../rules/parameters.js";
import type { DatedValue, Parameter, Program } from "../rules/program.js";
import type { BatchContext } from "./context.js";

/**
 * What a reform changes, as the report's first lines, by program title and parameter label: the value in force
 * on the as-of date, and every later date from which the two differ (`自2021年10月1日起 80% → 90%`), so that a
 * change inside the payment period is seen from when, never as `80% → 80%`. Each new value says where it comes
 * from: a `--param`, or the draft and the source the draft cites for it.
 */
export function parameterChanges(ctx: BatchContext): string[] {
  const lang = ctx.settings.lang ?? "zh";
  const asOf = ctx.asOf.text;
  const before = new Map(ctx.programs.map((p) => [p.id, p]));
  // An undated --param is shown on the as-of date even when it keeps the value: a null reform says so.
  const named = new Set(
    ctx.settings.params.filter((t) => !/^[^=]*@/.test(t)).map((t) => t.replace(/=.*$/, "")),
  );
  const lines: string[] = [];
  for (const after of ctx.reform ?? []) {
    const base = before.get(after.id);
    if (base === after) continue;
    for (const [name, p] of after.parameters) {
      const old = base?.parameters.get(name);
      const dates = [...new Set([asOf, ...[...p.values, ...(old?.values ?? [])].map((v) => v.since)])]
        .filter((d) => d >= asOf)
        .sort();
      let shown: string | undefined;
      for (const date of dates) {
        const [b, a] = [old && valueAt(old, date), valueAt(p, date)];
        const values = `${show(b, p)} → ${show(a, p)}`;
        const differs = show(b, p) !== show(a, p);
        if (!(differs || (date === asOf && named.has(`${after.id}.${name}`))) || values === shown) continue;
        shown = values;
        const dated =
          date === asOf ? values : say(lang, "batch/fromDate", { date: isoDateWords(date, lang), values });
        const from = origin(a, after, ctx, lang);
        lines.push(
          say(lang, "batch/paramChange", {
            program: after.title[lang],
            parameter: p.label[lang],
            change: from ? say(lang, "batch/changeOrigin", { change: dated, origin: from }) : dated,
          }),
        );
      }
    }
  }
  return lines;
}

const show = (v: DatedValue | undefined, p: Parameter) =>
  v === undefined ? "—" : formatValue(v.value, p.unit);

/** Where a new value comes from: the `--param` that set it, or the draft and the source it cites. */
function origin(
  a: DatedValue | undefined,
  program: Program,
  ctx: BatchContext,
  lang: Lang,
): string | undefined {
  if (!a) return undefined;
  if (a.ref === "--param") return a.override;
  if (!ctx.settings.draft) return undefined;
  const source = program.sources.find((s) => s.id === a.ref);
  return say(lang, "batch/draftValue", { source: source?.title ?? a.ref });
}
