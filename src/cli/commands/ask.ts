import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { stringify } from "yaml";
import type { ProfileData } from "../../ask/answers.js";
import { fieldAt } from "../../ask/fieldAt.js";
import type { Progress } from "../../ask/openPrograms.js";
import type { Lang } from "../../ask/parseAnswer.js";
import { inquirerPrompter, type Prompter } from "../../ask/prompter.js";
import { transcriptLine } from "../../ask/promptLayout.js";
import { type Asked, Questionnaire } from "../../ask/questionnaire.js";
import { answerText, questionFor } from "../../ask/questionText.js";
import { replayQuestionnaire } from "../../ask/replay.js";
import {
  PERSON_SECTION,
  programsFor,
  type Situation,
  sectionsFor,
  situationsIn,
  situationsOf,
} from "../../ask/situations.js";
import { EXIT, InputError, UsageError } from "../../diagnostics.js";
import type { AsOf } from "../../engine/evaluateProgram.js";
import { formatIsoDate } from "../../expr/values.js";
import { outputPath } from "../../files/atomicFile.js";
import { sameFile } from "../../files/sameFile.js";
import { message, say } from "../../messages/index.js";
import type { RuleSet } from "../../rules/loadRules.js";
import type { Program } from "../../rules/program.js";
import { colorFor } from "../color.js";
import { type Io, todayIso } from "../io.js";
import { writeGuardedFile } from "../outputGuard.js";
import { asOfOption, prepareRules } from "../preamble.js";
import { readProfiles } from "../readProfiles.js";
import { renderPlainText } from "../render/plainText.js";
import { terminalWidth } from "../render/width.js";
import { askQuestion } from "./askPrompts.js";

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

/** The one-line running result after each answer. */
export function progressLine(p: Progress, lang: Lang): string {
  const { decided, total, eligible, ineligible } = p;
  return say(lang, "ask/progress", { decided, total, eligible, ineligible, open: total - decided });
}

/**
 * `butie ask`: the questionnaire. With `--replay`, answered from a profile without a terminal; otherwise
 * interactive, through `prompter` (injected by tests) or @inquirer/prompts on the terminal.
 */
export async function runAsk(opts: AskOptions, io: Io, prompter?: Prompter): Promise<number> {
  const asOf = asOfOption(opts, io);
  const interactive = opts.replay === undefined;
  const stdinTty = Boolean((io.stdin as NodeJS.ReadStream).isTTY);
  if (interactive && !prompter && !(io.isTTY && stdinTty)) {
    io.stderr.write(`butie: ${say(opts.lang, "ask/noTty")}\n`);
    return EXIT.cannotRun;
  }
  if (opts.save !== undefined) checkSaveTarget(opts.save, io, opts);
  const { rules, selected: programs } = await prepareRules(opts, io, asOf);
  if (opts.replay !== undefined) return replay(opts.replay, rules, programs, asOf, opts, io);
  const terminal =
    prompter ??
    (await inquirerPrompter(io.stdin, io.stdout as NodeJS.WritableStream, opts.lang, terminalWidth(io)));
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
  const chosen = situationsIn(profile, programs, rules.fields);
  io.stdout.write(
    `${say(lang, "ask/replayOf", { file })}\n${say(lang, "ask/situationsChosen", { list: chosen.map(label).join(say(lang, "ask/listSeparator")) })}\n`,
  );
  // Each line shows the running result as the person would have seen it after that answer.
  const q = replayQuestionnaire({ programs, catalogue: rules.fields, asOf }, profile, (step) => {
    const asked = step.history.at(-1) as Asked;
    io.stdout.write(
      `${historyLine(step, asked, step.history.length - 1, lang)}\n    ${progressLine(step.progress(), lang)}\n`,
    );
  });
  io.stdout.write(
    `${q.history.length ? say(lang, "ask/asked", { n: q.history.length }) : say(lang, "ask/nothingToAsk")}\n\n`,
  );
  io.stdout.write(finalView(q, rules, opts, io));
  if (opts.save !== undefined) {
    saveAnswers(q, opts.save, asOf, io, opts);
    io.stdout.write(savedLine(q, opts.save, asOf, opts));
  }
  return EXIT.ok;
}

function historyLine(q: Questionnaire, asked: Asked, i: number, lang: Lang): string {
  const field = fieldAt(q.setup.catalogue, asked.path);
  if (!field) return `${String(i + 1).padStart(2)}. ${asked.path}`;
  const id = asked.answer === "id-number" ? String(q.answers.get(asked.idNumberField)) : undefined;
  return transcriptLine(i + 1, questionFor(field, lang), answerText(field, asked, lang, id));
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
    // The person's own programs alone need no choosing.
    const onlyOwn = situations.length === 1 && situations[0]?.section === PERSON_SECTION;
    const chosen: Situation[] = onlyOwn
      ? situations
      : situations.length
        ? await prompter.checkbox({
            message: say(lang, "ask/situations"),
            choices: situations.map((s) => ({ name: s.label[lang], value: s })),
          })
        : [];
    const sections = chosen.map((s) => s.section);
    q = new Questionnaire({
      programs: programsFor(programs, sections),
      catalogue: rules.fields,
      asOf,
      sections: sectionsFor(sections, situations),
    });
    for (let question = q.next(); question; question = q.next()) {
      const path = question.field.path;
      const places = [
        ...new Set(programs.filter((p) => p.jurisdiction.field === path).map((p) => p.jurisdiction.code)),
      ];
      const preferred = [...placesAnswered(q), ...(opts.region ? [opts.region] : []), ...places];
      const idField = question.idNumberField;
      const reply = await askQuestion(prompter, question, lang, {
        preferredPlaces: preferred,
        today: todayIso(io),
        canGoBack: q.history.length > 0,
        answerProblem: (value) => q?.answerProblem(path, value),
        ...(idField ? { idNumberFits: (id: string) => q?.idNumberFits(idField, id) ?? true } : {}),
      });
      if (reply.kind === "back") {
        q.back();
        io.stdout.write(`  ${say(lang, "ask/wentBack")}\n`);
        continue;
      }
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
  io.stdout.write(
    `${q.history.length ? say(lang, "ask/asked", { n: q.history.length }) : say(lang, "ask/nothingToAsk")}\n\n`,
  );
  io.stdout.write(finalView(q, rules, opts, io));
  if (opts.save !== undefined) {
    saveAnswers(q, opts.save, asOf, io, opts);
    io.stdout.write(savedLine(q, opts.save, asOf, opts));
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
  io.stderr.write(`\n${say(lang, "ask/interrupted")}`);
  if (q && n > 0 && opts.save !== undefined) {
    saveAnswers(q, opts.save, q.setup.asOf, io, opts);
    io.stderr.write(`${say(lang, "ask/partialSaved", { n, file: opts.save })}\n`);
  } else io.stderr.write(n > 0 ? `${say(lang, "ask/notSaved", { n })}\n` : "\n");
  return EXIT_INTERRUPTED;
}

/** The `eval` view of the answers, after the questions skipped that still matter. */
function finalView(q: Questionnaire, rules: RuleSet, opts: AskOptions, io: Io): string {
  const { lang } = opts;
  const lines: string[] = [];
  const skipped = q.declinedThatMatter();
  if (skipped.length) {
    lines.push(say(lang, "ask/declinedHeader"));
    for (const { path, programs } of skipped) {
      const field = fieldAt(rules.fields, path);
      const label = field?.def.label[lang] ?? path;
      lines.push(
        `  · ${label} → ${programs.map((p) => p.title[lang]).join(say(lang, "ask/titleSeparator"))}`,
      );
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
    elsewhereHint: opts.save === undefined ? "" : say(lang, "ask/elsewhereHint", { file: opts.save }),
  });
  return `${lines.length ? `${lines.join("\n")}\n` : ""}${table}`;
}

/** Refuse before the first question, not after the last, a `--save` file that cannot be written. */
function checkSaveTarget(file: string, io: Io, opts: AskOptions): void {
  const target = outputPath(io.cwd, file);
  if (opts.replay !== undefined && sameFile(resolve(io.cwd, opts.replay), target))
    throw new UsageError(message("ask/saveIsReplay", { file }));
  const dir = dirname(target);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(message("usage/save-no-directory", { file, dir }));
  if (existsSync(target) && statSync(target).isDirectory())
    throw new UsageError(message("usage/save-is-directory", { file }));
}

/** "Saved to …, evaluate again: npx butie eval …", and that the ID number was left out when it was given. */
function savedLine(q: Questionnaire, file: string, asOf: AsOf, opts: AskOptions): string {
  const id = q.answers.get("person.idNumber") !== undefined ? say(opts.lang, "ask/idNotSaved") : "";
  return `${say(opts.lang, "ask/saved", { file, command: evalCommand(file, asOf, opts) })}${id}\n`;
}

/**
 * The command that evaluates the saved answers as this run did: on the date asked about and with the same local
 * rules (law3 F5a: after `--as-of 2022-03-01` the plain command evaluated today, where other programs apply).
 */
function evalCommand(file: string, asOf: AsOf, opts: AskOptions): string {
  const quoted = (arg: string) => (/^[\w./:@-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`);
  const rules = (opts.rules ?? []).map((dir) => ` --rules ${quoted(dir)}`).join("");
  return `npx butie eval ${quoted(file)}${opts.asOf ? ` --as-of ${asOf.text}` : ""}${rules}`;
}

/**
 * The answers without the ID number: a saved file may be copied and mailed, and evaluation needs only the
 * birth date and sex it gives, which are saved in its place.
 */
function withoutIdNumber(data: ProfileData, q: Questionnaire): ProfileData {
  const person = data.person;
  if (!person || person.idNumber === undefined) return data;
  const profile = q.profile();
  const { idNumber: _, ...rest } = person;
  const birth = profile.fields.get("person.birthDate");
  const sex = profile.fields.get("person.sex");
  return {
    ...data,
    person: {
      ...rest,
      ...(birth instanceof Date ? { birthDate: formatIsoDate(birth) } : {}),
      ...(typeof sex === "string" ? { sex } : {}),
    },
  };
}

/** Write the answers as a profile `eval` accepts, through the one atomic writer (never through a symlink or device). */
function saveAnswers(q: Questionnaire, file: string, asOf: AsOf, io: Io, opts: AskOptions): void {
  const command = evalCommand(file, asOf, opts);
  const header = `${say(opts.lang, "ask/savedHeader", { today: todayIso(io), asOf: asOf.text, command })}\n`;
  writeGuardedFile(
    outputPath(io.cwd, file),
    header + stringify(withoutIdNumber(q.answers.toData(), q)),
    file,
  );
}
