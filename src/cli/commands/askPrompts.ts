import type { RawRecord, RawScalar, RawValue } from "../../ask/answers.js";
import type { FieldAt } from "../../ask/fieldAt.js";
import { type Lang, type Parsed, parseAnswer } from "../../ask/parseAnswer.js";
import { coarsePlaces, type Place, searchPlaces } from "../../ask/places.js";
import type { Choice, Prompter } from "../../ask/prompter.js";
import type { Question } from "../../ask/questionnaire.js";
import { choicesFor, DONT_KNOW, questionFor } from "../../ask/questionText.js";
import { type Message, say, sayMessage } from "../../messages/index.js";
import type { ScalarFieldDef } from "../../profile/fields.js";
import { maskIdShapedIn } from "../../profile/idNumber.js";
import { placeText } from "../../profile/readFact.js";

/** What a person said to one question. `declined` lists record sub-fields left unknown inside a list. */
export type Reply =
  | { readonly kind: "value"; readonly value: RawValue; readonly declined?: readonly string[] }
  | { readonly kind: "declined" }
  | { readonly kind: "id-number"; readonly idNumber: string }
  | { readonly kind: "back" };

const SKIP = Symbol("skip");
const BY_ID = Symbol("id-number");
const NONE = Symbol("none");
const BACK = Symbol("back");
/** Typed instead of an answer: go back to the question before, to change its answer. */
const BACK_WORDS = /^(<|返回|上一题|back)$/i;

/** What a question may use besides its field: places to list first, and a check of an ID number typed. */
export interface AskContext {
  readonly preferredPlaces?: readonly string[];
  /** False when the ID number contradicts an answer already given (its birth date or sex). */
  readonly idNumberFits?: (idNumber: string) => boolean;
  /** Why a value contradicts the answers already given (insured before birth …): it is asked again. */
  readonly answerProblem?: (value: RawScalar) => Message | undefined;
  /** Today (YYYY-MM-DD): a past fact dated after it is asked again. */
  readonly today?: string;
  /** Whether an earlier answer can be taken back ("← 返回上一题"). */
  readonly canGoBack?: boolean;
}

type ScalarContext = AskContext & { readonly idNumber: boolean };

/** Put one question through the prompter; every question offers "不知道 / 跳过". */
export async function askQuestion(
  prompter: Prompter,
  question: Question,
  lang: Lang,
  context: AskContext = {},
): Promise<Reply> {
  const { field } = question;
  if (field.def.type === "records") return askRecords(prompter, field, lang);
  // A legal term asked with its one-line plain gloss under it (非因本人意愿中断就业: e.g. dismissed…).
  const gloss = field.def.gloss?.[lang];
  const asked = gloss
    ? `${questionFor(field, lang)}\n  ${say(lang, "ask/gloss", { gloss })}`
    : questionFor(field, lang);
  return askScalar(prompter, field.def as ScalarFieldDef, asked, lang, {
    ...context,
    idNumber: question.idNumberField !== undefined,
  });
}

/** The prompt's verdict on typed text: true, or the message saying what is wrong. */
function verdict(p: Parsed, lang: Lang, o: ScalarContext): true | string {
  if (!p.ok) return p.message[lang];
  if ("idNumber" in p && o.idNumberFits && !o.idNumberFits(p.idNumber)) return say(lang, "ask/idMismatch");
  const problem = "value" in p ? o.answerProblem?.(p.value) : undefined;
  return problem ? sayMessage(lang, problem) : true;
}

async function askScalar(
  prompter: Prompter,
  def: ScalarFieldDef,
  message: string,
  lang: Lang,
  o: ScalarContext,
): Promise<Reply> {
  switch (def.type) {
    case "boolean":
    case "enum": {
      const choices: Choice<RawScalar | symbol>[] = choicesFor(def, lang);
      if (o.idNumber) choices.push({ name: say(lang, "ask/byIdNumber"), value: BY_ID });
      choices.push({ name: DONT_KNOW[lang], value: SKIP });
      if (o.canGoBack) choices.push({ name: say(lang, "ask/back"), value: BACK });
      const chosen = await prompter.select({ message, choices });
      if (chosen === BACK) return { kind: "back" };
      if (chosen === SKIP) return { kind: "declined" };
      if (chosen === BY_ID) return askIdNumber(prompter, lang, o);
      return { kind: "value", value: chosen as RawScalar };
    }
    case "enum-list":
      return askEnumList(prompter, def, message, lang);
    case "region": {
      const pick = (question: string, among?: readonly Place[]) =>
        prompter.search<string | symbol>({
          message: question,
          source: (term) => [
            ...searchPlaces(term ?? "", o.preferredPlaces ?? [], 50, among).map((p) => ({
              name: placeName(p, lang),
              value: p.code,
            })),
            { name: DONT_KNOW[lang], value: SKIP },
            ...(o.canGoBack ? [{ name: say(lang, "ask/back"), value: BACK }] : []),
          ],
        });
      let chosen = await pick(`${message}${say(lang, "ask/placeSearchHint")}`);
      if (chosen === BACK) return { kind: "back" };
      // 不知道 the county is not the end: the city or province still decides their programs.
      if (chosen === SKIP) chosen = await pick(say(lang, "ask/coarsePlace"), coarsePlaces());
      if (chosen === BACK) return { kind: "back" };
      return chosen === SKIP ? { kind: "declined" } : { kind: "value", value: chosen as string };
    }
    default: {
      const hint = hints(lang, [
        ...(o.idNumber ? ["ask/orIdNumber" as const] : []),
        "ask/emptyIsSkip",
        ...(o.canGoBack ? ["ask/backHint" as const] : []),
      ]);
      const parse = (text: string): Parsed => parseAnswer(def, text, o.idNumber, o.today);
      const text = await prompter.input({
        message: `${message}\n${hint}`,
        shown: (t) => {
          const p = parse(t);
          // Read in another unit or by a name: said back as it is counted ("8年" 按96个月计), the typed text in it.
          return p.ok && "note" in p && p.note ? p.note[lang] : maskIdNumbers(t);
        },
        validate: (t) => (o.canGoBack && BACK_WORDS.test(t.trim()) ? true : verdict(parse(t), lang, o)),
      });
      if (o.canGoBack && BACK_WORDS.test(text.trim())) return { kind: "back" };
      return replyOf(parse(text));
    }
  }
}

/** What may be typed besides an answer, on a line of its own: （也可输入18位身份证号码；直接回车 = 不知道 / 跳过）. */
function hints(
  lang: Lang,
  codes: readonly ("ask/orIdNumber" | "ask/emptyIsSkip" | "ask/backHint")[],
): string {
  return say(lang, "ask/hints", {
    hints: codes.map((c) => say(lang, c)).join(say(lang, "ask/hintSeparator")),
  });
}

/** A place as a choice: its full name in the run's language, and its code. */
function placeName(p: Place, lang: Lang): string {
  return placeText(p.code)[lang];
}

/** An answer as it stays on screen: anything shaped like an ID number masked. */
export const maskIdNumbers = maskIdShapedIn;

function replyOf(p: Parsed): Reply {
  if (!p.ok) throw new Error("an answer that failed validation was accepted");
  if ("declined" in p) return { kind: "declined" };
  if ("idNumber" in p) return { kind: "id-number", idNumber: p.idNumber };
  return { kind: "value", value: p.value };
}

async function askIdNumber(prompter: Prompter, lang: Lang, o: ScalarContext): Promise<Reply> {
  const def: ScalarFieldDef = { type: "id-number", label: { zh: "身份证号码", en: "ID number" } };
  const text = await prompter.input({
    message: `${say(lang, "ask/idNumberPrompt")}\n${hints(lang, ["ask/emptyIsSkip"])}`,
    shown: maskIdNumbers,
    validate: (t) => verdict(parseAnswer(def, t, true), lang, o),
  });
  return replyOf(parseAnswer(def, text, true));
}

async function askEnumList(
  prompter: Prompter,
  def: ScalarFieldDef,
  message: string,
  lang: Lang,
): Promise<Reply> {
  const choices: Choice<string | symbol>[] = [
    ...choicesFor(def, lang).map((c) => ({ name: c.name, value: c.value as string })),
    { name: say(lang, "ask/noneOfTheAbove"), value: NONE },
    { name: DONT_KNOW[lang], value: SKIP },
  ];
  const chosen = await prompter.checkbox({
    message,
    choices,
    validate: (items) => {
      if (!items.length) return say(lang, "ask/atLeastOne");
      const alone = items.some((i) => i === NONE || i === SKIP);
      return alone && items.length > 1 ? say(lang, "ask/exclusive") : true;
    },
  });
  if (chosen.includes(SKIP)) return { kind: "declined" };
  return { kind: "value", value: chosen.filter((c): c is string => typeof c === "string") };
}

/**
 * "还有其他人员吗？" chosen as every other yes-or-no question is, in words (no English-style `(y/N)`); 否 first, so
 * that Enter ends the list as the old prompt's default did.
 */
async function anyoneElse(prompter: Prompter, lang: Lang): Promise<boolean> {
  const choices = [
    { name: say(lang, "ask/no"), value: false },
    { name: say(lang, "ask/yes"), value: true },
  ];
  return (await prompter.select({ message: say(lang, "ask/anyoneElse"), choices })) === true;
}

async function askRecords(prompter: Prompter, field: FieldAt, lang: Lang): Promise<Reply> {
  const def = field.def;
  if (def.type !== "records") throw new Error(`${field.path} is not a list`);
  const start = await prompter.select<string | symbol>({
    message: questionFor(field, lang),
    choices: [
      { name: say(lang, "ask/listFill"), value: "fill" },
      { name: say(lang, "ask/listNone"), value: NONE },
      { name: DONT_KNOW[lang], value: SKIP },
    ],
  });
  if (start === SKIP) return { kind: "declined" };
  if (start === NONE) return { kind: "value", value: [] };
  const records: RawRecord[] = [];
  const declined: string[] = [];
  do {
    const index = records.length;
    const record: Record<string, RawScalar> = {};
    for (const [name, sub] of Object.entries(def.fields)) {
      const at: FieldAt = {
        path: `${field.path}[${index}].${name}`,
        section: field.section,
        def: sub,
        record: { list: def, index },
      };
      const reply = await askScalar(prompter, sub, questionFor(at, lang), lang, { idNumber: false });
      if (reply.kind === "value") record[name] = reply.value as RawScalar;
      else declined.push(at.path);
    }
    records.push(record);
  } while (await anyoneElse(prompter, lang));
  return { kind: "value", value: records, declined };
}
