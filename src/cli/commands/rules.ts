import { EXIT, UsageError } from "../../diagnostics.js";
import { clip } from "../../echo.js";
import { confirmedUpTo } from "../../engine/currency.js";
import { formatValue } from "../../expr/values.js";
import { message, say } from "../../messages/index.js";
import type { Computation, DatedValue, Program } from "../../rules/program.js";
import { jsonOutput } from "../../text/guard.js";
import { displayWidth } from "../../text/width.js";
import { colorFor } from "../color.js";
import type { Lang } from "../i18n.js";
import { type Io, todayIso } from "../io.js";
import { loadRuleSetOrFail } from "../loadRuleSet.js";
import { selectPrograms } from "../preamble.js";
import { fitLines, fittedTable, terminalWidth } from "../render/width.js";

export interface RulesOptions {
  lang: Lang;
  format: "table" | "json";
  rules?: string[];
}

/** `butie rules list` and `butie rules show <id>`: the catalogue, for caseworkers and analysts. */
export async function runRules(
  action: string,
  id: string | undefined,
  opts: RulesOptions,
  io: Io,
): Promise<number> {
  const rules = await loadRuleSetOrFail(opts.rules ?? [], io);
  const programs = [...rules.programs.values()].sort((a, b) => a.id.localeCompare(b.id));
  if (action === "list") {
    if (opts.format === "json") io.stdout.write(`${jsonOutput(programs.map(summary), 2)}\n`);
    else io.stdout.write(`${listTable(programs, opts.lang, terminalWidth(io), todayIso(io))}\n`);
    return EXIT.ok;
  }
  if (action !== "show") throw new UsageError(message("usage/rules-action", { action: clip(action) }));
  if (!id) throw new UsageError(message("usage/rules-show-id"));
  const [program] = selectPrograms([...rules.programs.values()], { program: [id] });
  if (!program) throw new Error(`program ${id} was checked`);
  io.stdout.write(
    opts.format === "json"
      ? `${jsonOutput(detail(program), 2)}\n`
      : fitLines(show(program, opts.lang, io), terminalWidth(io)),
  );
  return EXIT.ok;
}

function inForce(p: Program): string {
  return `${p.inForce.from} … ${p.inForce.to ?? ""}`.trim();
}

function summary(p: Program) {
  const upTo = confirmedUpTo(p);
  return {
    id: p.id,
    title: p.title,
    subject: p.subject,
    place: { code: p.jurisdiction.code, name: p.jurisdiction.name },
    inForce: p.inForce,
    ...(upTo.on ? { confirmedUpTo: upTo.on } : {}),
    ...(upTo.horizon ? { unknownFrom: upTo.horizon } : {}),
    file: p.file,
  };
}

/** `2021-09-24\n2023-09-01 起未知`: up to when sources confirm the program, and its nearest horizon. */
function confirmedText(p: Program, lang: Lang, today: string): string {
  const upTo = confirmedUpTo(p);
  const to = p.inForce.to;
  const after = upTo.horizon
    ? say(lang, "rules/unknownFrom", { on: upTo.horizon })
    : to !== undefined && to < today
      ? say(lang, "law/termEnded", { on: to })
      : "";
  return `${upTo.on ?? "—"}${after ? `\n${after}` : ""}`;
}

/** One row per program, fitted to the width: the id (never broken) above its title, place, dates, subject. */
function listTable(programs: Program[], lang: Lang, width: number, today: string): string {
  const head = (["headProgram", "place", "inForce", "confirmedUpTo", "subject"] as const).map((k) =>
    say(lang, `rules/${k}`),
  );
  const rows = programs.map((p) => [
    `${p.id}\n${p.title[lang]}`,
    `${p.jurisdiction.name?.[lang] ?? ""}\n${p.jurisdiction.code}`.trim(),
    `${p.inForce.from} …${p.inForce.to ? `\n${p.inForce.to}` : ""}`,
    confirmedText(p, lang, today),
    say(lang, `subject/${p.subject}`),
  ]);
  const idWidth = Math.max(...programs.map((p) => p.id.length));
  // A date broken over two lines ("2021-12-0" / "1") cannot be read: the date columns keep a whole one.
  const DATE = "2021-12-01".length;
  return fittedTable(head, rows, width, [idWidth, 0, DATE, DATE]);
}

function detail(p: Program) {
  return {
    ...summary(p),
    conditions: p.conditions.map((c) => ({
      id: c.id,
      text: c.text,
      test: c.test.text,
      source: c.source,
      ...(c.assumes ? { assumes: c.assumes } : {}),
    })),
    ...(p.priority
      ? { priority: p.priority.map((c) => ({ id: c.id, text: c.text, test: c.test.text })) }
      : {}),
    ...(p.caveats ? { caveats: p.caveats.map((k) => ({ id: k.id, text: k.text, when: k.when.text })) } : {}),
    ...(p.excludes ? { excludes: p.excludes } : {}),
    filters: [...p.filters.values()].map((f) => ({
      name: f.filter.name,
      over: f.filter.over,
      label: f.label,
      conditions: f.conditions.map((c) => ({ id: c.id, text: c.text, test: c.test.text })),
    })),
    parameters: [...p.parameters.values()].map((x) => ({
      name: x.name,
      label: x.label,
      unit: x.unit,
      unpublished: x.unpublished,
      values: x.values.map((v) => ({
        since: v.since,
        value: formatValue(v.value, x.unit),
        ref: v.ref,
        ...(v.confirmed ? { confirmed: v.confirmed } : {}),
        override: v.override,
      })),
    })),
    amount: p.amount && {
      per: p.amount.per,
      bound: p.amount.bound,
      value: computationText(p.amount.value),
      months: computationText(p.amount.months),
      note: p.amount.note,
    },
    ...(p.named?.length
      ? { values: p.named.map((n) => ({ name: n.name, label: n.label, value: n.expr.text })) }
      : {}),
    sources: p.sources,
  };
}

function computationText(c: Computation | undefined): string | undefined {
  if (!c) return undefined;
  if (c.kind === "expression") return c.expr.text;
  if (c.kind === "tiers")
    return c.tiers
      .map(
        (t) =>
          `${c.by.text} in [${t.fromExpr?.text ?? t.from ?? "-∞"}, ${t.belowExpr?.text ?? t.below ?? "∞"}) → ${t.value.text}${t.source ? `   [${t.source}]` : ""}`,
      )
      .join("\n");
  return c.cases
    .map(
      (k) =>
        `${k.when ? `when ${k.when.text}` : "otherwise"} → ${k.value.text}${k.source ? `   [${k.source}]` : ""}`,
    )
    .join("\n");
}

function show(p: Program, lang: Lang, io: Io): string {
  const c = colorFor(io);
  const out = [c.bold(`${p.title[lang]} (${p.id})`)];
  out.push(
    `${say(lang, "rules/place")}: ${p.jurisdiction.name?.[lang] ?? ""} ${p.jurisdiction.code} (${p.jurisdiction.field})`,
  );
  out.push(
    `${say(lang, "rules/inForce")}: ${inForce(p)}    ${say(lang, "rules/subject")}: ${say(lang, `subject/${p.subject}`)}    ${say(lang, "rules/file")}: ${p.file}`,
  );
  if (p.named?.length) {
    out.push("", c.bold(say(lang, "rules/named")));
    for (const n of p.named) out.push(`  ${n.name}: ${n.label[lang]}`, c.dim(`      ${n.expr.text ?? ""}`));
  }
  out.push("", c.bold(say(lang, "rules/conditions")));
  for (const k of p.conditions)
    out.push(
      `  ${k.id}: ${k.text[lang]}`,
      c.dim(`      ${k.test.text ?? ""}${k.source ? `   [${k.source}]` : ""}`),
    );
  out.push(...ruleExtras(p, lang).map((l) => (l.startsWith(" ") ? l : `\n${c.bold(l)}`)));
  for (const f of p.filters.values()) {
    out.push("", c.bold(`${f.label[lang]} (${f.filter.name}, ${f.filter.over})`));
    for (const k of f.conditions) out.push(`  ${k.id}: ${k.text[lang]}`, c.dim(`      ${k.test.text ?? ""}`));
  }
  if (p.amount) {
    out.push(
      "",
      c.bold(say(lang, "rules/amount")),
      `  ${say(lang, "rules/per", { per: p.amount.per, atMost: p.amount.bound === "at-most" })}`,
    );
    // The computation is the rule's own text (code, for analysts), each later line under the first.
    const part = (code: "rules/value" | "rules/months", text: string | undefined) => {
      if (!text) return;
      const head = say(lang, code, { text: "" });
      out.push(`  ${head}${text.replaceAll("\n", `\n  ${" ".repeat(displayWidth(head))}`)}`);
    };
    part("rules/value", computationText(p.amount.value));
    part("rules/months", computationText(p.amount.months));
    if (p.amount.note) out.push(`  ${p.amount.note[lang]}`);
  }
  if (p.parameters.size) out.push("", c.bold(say(lang, "rules/parameters")));
  for (const x of p.parameters.values()) {
    out.push(`  ${x.name}: ${x.label[lang]}${x.unit ? say(lang, "rules/unit", { unit: x.unit }) : ""}`);
    if (x.unpublished) out.push(`      ${x.unpublished[lang]}`);
    for (const v of x.values) out.push(`      ${v.since}: ${formatValue(v.value, x.unit)}   (${refText(v)})`);
  }
  out.push("", c.bold(say(lang, "rules/sources")));
  for (const s of p.sources)
    out.push(`  [${s.id}] ${s.title}${s.url ? `\n    ${s.url}` : ""}`, `      “${s.quote}”`);
  return `${out.join("\n")}\n`;
}

/** Where a value comes from: its source, and for a local value also the file that set it. */
function refText(v: DatedValue): string {
  return v.override && v.ref !== "--param" ? `${v.override}, ${v.ref}` : (v.override ?? v.ref);
}

/** Priority conditions, caveats, exclusions and stated assumptions of a program, as lines for `rules show`. */
function ruleExtras(p: Program, lang: Lang): string[] {
  const out: string[] = [];
  for (const k of p.conditions)
    if (k.assumes) out.push(`  ${k.id} — ${say(lang, "rules/assumes")}: ${k.assumes[lang]}`);
  if (p.priority?.length) {
    out.push(say(lang, "rules/priority"));
    for (const k of p.priority) out.push(`  ${k.id}: ${k.text[lang]}`, `      ${k.test.text ?? ""}`);
  }
  if (p.caveats?.length) {
    out.push(say(lang, "rules/caveats"));
    for (const k of p.caveats) out.push(`  ${k.id}: ${k.text[lang]}`, `      when ${k.when.text ?? ""}`);
  }
  if (p.excludes?.length) out.push(say(lang, "rules/excludes"), `  ${p.excludes.join(", ")}`);
  return out;
}
