import { existsSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { stringify } from "yaml";
import { fieldAt } from "../../ask/fieldAt.js";
import type { Progress } from "../../ask/openPrograms.js";
import type { Lang } from "../../ask/parseAnswer.js";
import { type Asked, Questionnaire } from "../../ask/questionnaire.js";
import { answerText, questionFor } from "../../ask/questionText.js";
import { replayQuestionnaire } from "../../ask/replay.js";
import { type Situation, sectionsFor, situationsOf } from "../../ask/situations.js";
import { EXIT, InputError, UsageError } from "../../diagnostics.js";
import { type AsOf, asOfDate } from "../../engine/evaluateProgram.js";
import { formatIsoDate } from "../../expr/values.js";
import type { RuleSet } from "../../rules/loadRules.js";
import type { Program } from "../../rules/program.js";
import { colorFor } from "../color.js";
import type { Io } from "../io.js";
import { loadRuleSetOrFail } from "../loadRuleSet.js";
import { readProfiles } from "../readProfiles.js";
import { renderPlainText } from "../render/plainText.js";
import { terminalWidth } from "../render/width.js";
import { askQuestion, inquirerPrompter, type Prompter } from "./askPrompts.js";
import { selectPrograms } from "./eval.js";

export interface AskOptions {
  asOf?: string;
  program?: string[];
  region?: string;
  lang: Lang;
  save?: string;
  replay?: string;
  rules?: string[];
}

/** Exit code of a run the person interrupted (Ctrl-C), as shells report SIGINT. */
export const EXIT_INTERRUPTED = 130;

const TEXT = {
  noTty: {
    zh: "butie ask 需要在终端中交互运行。没有终端时，请用 `butie eval <档案文件>` 评估档案，或用 `butie ask --replay <档案文件>` 回放问卷。",
    en: "butie ask needs an interactive terminal. Without one, evaluate a profile with `butie eval <profile>`, or replay the questionnaire with `butie ask --replay <profile>`.",
  },
  situations: {
    zh: "以下哪些情况适用于您？（空格键选择，回车确认；都不适用可直接回车）",
    en: "Which of these apply to you? (space to select, Enter to confirm; Enter alone for none)",
  },
  replayOf: { zh: "问卷回放", en: "Questionnaire replay" },
  situationsChosen: { zh: "情形", en: "Situations" },
  personOnly: { zh: "个人", en: "personal" },
  asked: { zh: (n: number) => `共提问 ${n} 个问题。`, en: (n: number) => `${n} questions asked.` },
  nothingToAsk: { zh: "没有需要询问的问题。", en: "Nothing to ask." },
  declinedHeader: {
    zh: "您选择「不知道 / 跳过」的问题，仍影响以下结果：",
    en: "Questions you skipped that still leave results open:",
  },
  saved: {
    zh: (f: string) => `答案已保存到 ${f}（可用 butie eval ${f} 再次评估）。`,
    en: (f: string) => `Answers saved to ${f} (evaluate again with butie eval ${f}).`,
  },
  interrupted: { zh: "已中断。", en: "Interrupted." },
  notSaved: {
    zh: (n: number) => `已回答的 ${n} 个问题没有保存（下次可加 --save <文件> 保存答案）。`,
    en: (n: number) => `The ${n} answers given were not saved (add --save <file> to keep them).`,
  },
  partialSaved: {
    zh: (n: number, f: string) => `已将已回答的 ${n} 个问题保存到 ${f}（未完成的问卷）。`,
    en: (n: number, f: string) => `The ${n} answers given so far were saved to ${f} (unfinished).`,
  },
} as const;

/** The one-line running result after each answer. */
export function progressLine(p: Progress, lang: Lang): string {
  const open = p.total - p.decided;
  return lang === "zh"
    ? `已确定 ${p.decided}/${p.total} 项（符合 ${p.eligible}，不符合 ${p.ineligible}，待定 ${open}）`
    : `Decided ${p.decided}/${p.total} (eligible ${p.eligible}, not eligible ${p.ineligible}, open ${open})`;
}

/**
 * `butie ask`: the questionnaire. With `--replay`, answered from a profile without a terminal; otherwise
 * interactive, through `prompter` (injected by tests) or @inquirer/prompts on the terminal.
 */
export async function runAsk(opts: AskOptions, io: Io, prompter?: Prompter): Promise<number> {
  const asOfText = opts.asOf ?? today(io);
  const asOf = asOfDate(asOfText);
  if (!asOf) throw new UsageError(`--as-of ${asOfText} is not a calendar date YYYY-MM-DD`);
  const interactive = opts.replay === undefined;
  const stdinTty = Boolean((io.stdin as NodeJS.ReadStream).isTTY);
  if (interactive && !prompter && !(io.isTTY && stdinTty)) {
    io.stderr.write(`butie: ${TEXT.noTty[opts.lang]}\n`);
    return EXIT.cannotRun;
  }
  if (opts.save !== undefined) checkSaveTarget(opts.save, io);
  const rules = await loadRuleSetOrFail(opts.rules ?? [], io);
  const programs = selectPrograms([...rules.programs.values()], opts);
  if (opts.replay !== undefined) return replay(opts.replay, rules, programs, asOf, opts, io);
  const terminal =
    prompter ?? (await inquirerPrompter(io.stdin, io.stdout as NodeJS.WritableStream, opts.lang));
  return interview(terminal, rules, programs, asOf, opts, io);
}

async function replay(
  file: string,
  rules: RuleSet,
  programs: Program[],
  asOf: AsOf,
  opts: AskOptions,
  io: Io,
): Promise<number> {
  const { profiles, diagnostics } = await readProfiles([file], io, rules.fields);
  const profile = profiles[0]?.profile;
  if (!profile) throw new InputError(diagnostics);
  const { lang } = opts;
  const situations = situationsOf(programs, rules.fields, asOf);
  const label = (s: string) =>
    situations.find((x) => x.section === s)?.label[lang] ?? rules.fields.sections[s]?.label[lang] ?? s;
  const sections = Object.keys(rules.fields.sections).filter((s) => profile.sections.has(s));
  io.stdout.write(
    `${TEXT.replayOf[lang]}：${file}\n${TEXT.situationsChosen[lang]}：${sections.map(label).join(lang === "zh" ? "；" : "; ")}\n`,
  );
  // Each line shows the running result as the person would have seen it after that answer.
  const q = replayQuestionnaire({ programs, catalogue: rules.fields, asOf }, profile, (step) => {
    const asked = step.history.at(-1) as Asked;
    io.stdout.write(
      `${historyLine(step, asked, step.history.length - 1, lang)}\n    ${progressLine(step.progress(), lang)}\n`,
    );
  });
  io.stdout.write(`${q.history.length ? TEXT.asked[lang](q.history.length) : TEXT.nothingToAsk[lang]}\n\n`);
  io.stdout.write(finalView(q, rules, opts, io));
  if (opts.save !== undefined) {
    saveAnswers(q, opts.save, asOf, io);
    io.stdout.write(`${TEXT.saved[opts.lang](opts.save)}\n`);
  }
  return EXIT.ok;
}

function historyLine(q: Questionnaire, asked: Asked, i: number, lang: Lang): string {
  const field = fieldAt(q.setup.catalogue, asked.path);
  if (!field) return `${String(i + 1).padStart(2)}. ${asked.path}`;
  const id = asked.answer === "id-number" ? String(q.answers.get(asked.idNumberField)) : undefined;
  return `${String(i + 1).padStart(2)}. ${questionFor(field, lang)} → ${answerText(field, asked, lang, id)}`;
}

async function interview(
  prompter: Prompter,
  rules: RuleSet,
  programs: Program[],
  asOf: AsOf,
  opts: AskOptions,
  io: Io,
): Promise<number> {
  const { lang } = opts;
  let q: Questionnaire | undefined;
  try {
    const situations = situationsOf(programs, rules.fields, asOf);
    const chosen: Situation[] = situations.length
      ? await prompter.checkbox({
          message: TEXT.situations[lang],
          choices: situations.map((s) => ({ name: s.label[lang], value: s })),
        })
      : [];
    q = new Questionnaire({ programs, catalogue: rules.fields, asOf, sections: sectionsFor(chosen) });
    for (let question = q.next(); question; question = q.next()) {
      const path = question.field.path;
      const places = [
        ...new Set(programs.filter((p) => p.jurisdiction.field === path).map((p) => p.jurisdiction.code)),
      ];
      const preferred = [...placesAnswered(q), ...(opts.region ? [opts.region] : []), ...places];
      const idField = question.idNumberField;
      const reply = await askQuestion(prompter, question, lang, {
        preferredPlaces: preferred,
        ...(idField ? { idNumberFits: (id: string) => q?.idNumberFits(idField, id) ?? true } : {}),
      });
      if (reply.kind === "declined") q.decline(path);
      else if (reply.kind === "id-number")
        q.answerWithIdNumber(path, question.idNumberField as string, reply.idNumber);
      else {
        q.answer(path, reply.value);
        for (const sub of reply.declined ?? []) q.answers.decline(sub);
      }
      io.stdout.write(`  ${progressLine(q.progress(), lang)}\n`);
    }
  } catch (e) {
    if (!(e instanceof Error && e.name === "ExitPromptError")) throw e;
    return interrupted(q, opts, io);
  }
  io.stdout.write(`${q.history.length ? TEXT.asked[lang](q.history.length) : TEXT.nothingToAsk[lang]}\n\n`);
  io.stdout.write(finalView(q, rules, opts, io));
  if (opts.save !== undefined) {
    saveAnswers(q, opts.save, asOf, io);
    io.stdout.write(`${TEXT.saved[lang](opts.save)}\n`);
  }
  return EXIT.ok;
}

/** Region codes already given: the same place is likely again (a hukou where the business is). */
function placesAnswered(q: Questionnaire): string[] {
  return q.history.flatMap((h) =>
    h.answer === "value" && typeof h.value === "string" && /^\d{6}$/.test(h.value) ? [h.value] : [],
  );
}

function interrupted(q: Questionnaire | undefined, opts: AskOptions, io: Io): number {
  const { lang } = opts;
  const n = q?.history.filter((h) => h.answer !== "declined").length ?? 0;
  io.stderr.write(`\n${TEXT.interrupted[lang]}`);
  if (q && n > 0 && opts.save !== undefined) {
    saveAnswers(q, opts.save, q.setup.asOf, io);
    io.stderr.write(`${TEXT.partialSaved[lang](n, opts.save)}\n`);
  } else io.stderr.write(n > 0 ? `${TEXT.notSaved[lang](n)}\n` : "\n");
  return EXIT_INTERRUPTED;
}

/** The `eval` view of the answers, after the questions skipped that still matter. */
function finalView(q: Questionnaire, rules: RuleSet, opts: AskOptions, io: Io): string {
  const { lang } = opts;
  const lines: string[] = [];
  const skipped = q.declinedThatMatter();
  if (skipped.length) {
    lines.push(TEXT.declinedHeader[lang]);
    for (const { path, programs } of skipped) {
      const field = fieldAt(rules.fields, path);
      const label = field?.def.label[lang] ?? path;
      lines.push(`  · ${label} → ${programs.map((p) => p.title[lang]).join(lang === "zh" ? "、" : ", ")}`);
    }
    lines.push("");
  }
  const evaluation = q.evaluation();
  const shown = { ...evaluation, results: evaluation.results.filter((r) => r.status !== "not-applicable") };
  // The same plain view as `eval`, fitted to the terminal.
  const table = renderPlainText(shown, {
    lang,
    color: colorFor(io),
    catalogue: rules.fields,
    asOfIsToday: !opts.asOf,
    width: terminalWidth(io),
  });
  return `${lines.length ? `${lines.join("\n")}\n` : ""}${table}`;
}

/** Refuse before the first question, not after the last, a `--save` file that cannot be written. */
function checkSaveTarget(file: string, io: Io): void {
  const dir = dirname(resolve(io.cwd, file));
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--save ${file}: the directory ${dir} does not exist`);
  if (existsSync(resolve(io.cwd, file)) && statSync(resolve(io.cwd, file)).isDirectory())
    throw new UsageError(`--save ${file}: it is a directory`);
}

/** Write the answers as a profile `eval` accepts: to a temporary file beside the target, then renamed over it. */
function saveAnswers(q: Questionnaire, file: string, asOf: AsOf, io: Io): void {
  const target = resolve(io.cwd, file);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const header = `# butie ask — answers given on ${today(io)}, evaluated as of ${asOf.text}. Evaluate again: butie eval ${file}\n`;
  try {
    writeFileSync(temp, header + stringify(q.answers.toData()), { encoding: "utf8", mode: 0o600 });
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new UsageError(`cannot write ${file}: ${(e as Error).message}`);
  }
}

function today(io: Io): string {
  if (io.today) return io.today;
  const d = new Date();
  return formatIsoDate(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())));
}
