import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isOpen } from "../../src/ask/openPrograms.js";
import { Questionnaire } from "../../src/ask/questionnaire.js";
import { rawValueAt, replayQuestionnaire, replaySetup } from "../../src/ask/replay.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { asOf, catalogue, profileFile, programs, questionnaireFixture, REPO } from "./helpers.js";

const files = readdirSync(`${REPO}test/ask/questionnaires`).filter((f) => f.endsWith(".yaml"));
const chosen = (ids?: readonly string[]) => (ids ? programs.filter((p) => ids.includes(p.id)) : programs);

/**
 * `BUTIE_UPDATE_QUESTIONNAIRES=1 npx vitest run test/ask/questionnaires.test.ts` rewrites the expected
 * questions (each fixture's closing `questions:` list) and the README's counts after a deliberate change of
 * the rules or the ranking; review the diff like any snapshot.
 */
const UPDATE = process.env.BUTIE_UPDATE_QUESTIONNAIRES === "1";

describe("questionnaire fixtures: the questions asked, in order", () => {
  it.each(files)("%s", (file) => {
    const f = questionnaireFixture(file);
    const q = replayQuestionnaire({ programs: chosen(f.programs), catalogue, asOf: asOf(f.asOf) }, f.profile);
    const asked = q.history.map((h) => h.path);
    if (UPDATE) {
      const path = `${REPO}test/ask/questionnaires/${file}`;
      const text = readFileSync(path, "utf8");
      const list = q.history
        .map((h) => `  - ${h.path}${h.answer === "declined" ? "  # 不知道" : ""}\n`)
        .join("");
      writeFileSync(
        path,
        `${text.slice(0, text.lastIndexOf("questions:"))}questions:${list ? `\n${list}` : " []\n"}`,
      );
    } else expect(asked).toEqual(f.questions);
  });
});

describe("every question is about a field some still-open program reads", () => {
  it.each(files)("%s", (file) => {
    const f = questionnaireFixture(file);
    const setup = replaySetup({ programs: chosen(f.programs), catalogue, asOf: asOf(f.asOf) }, f.profile);
    const q = new Questionnaire(setup);
    let asked = 0;
    for (let question = q.next(); question; question = q.next(), asked++) {
      const path = question.field.path;
      const open = q.evaluation().results.filter(isOpen);
      expect(open.flatMap((r) => r.missing)).toContain(path);
      expect(q.answers.settled(path)).toBe(false);
      const value = rawValueAt(f.profile, path);
      if (value === undefined) q.decline(path);
      else q.answer(path, value);
    }
    expect(asked).toBe(f.questions.length);
  });

  it.each(files)("%s: what the answers decide agrees with evaluating the whole profile", (file) => {
    const f = questionnaireFixture(file);
    const setup = { programs: chosen(f.programs), catalogue, asOf: asOf(f.asOf) };
    const q = replayQuestionnaire(setup, f.profile);
    const whole = new Map(
      evaluate(setup.programs, f.profile, setup.asOf).results.map((r) => [r.program.id, r]),
    );
    const outcome = (r: { status: string; amount: { value: unknown } | null }) =>
      `${r.status} ${String(r.amount?.value ?? "-")}`;
    for (const r of q.evaluation().results) {
      const full = whole.get(r.program.id);
      if (!full) throw new Error(`no result for ${r.program.id}`);
      if (!isOpen(r)) expect(outcome(r), r.program.id).toBe(outcome(full));
      // Open after the questionnaire only when the file leaves it open too, or its place was not given.
      else
        expect(isOpen(full) || q.answers.isDeclined(r.program.jurisdiction.field), r.program.id).toBe(true);
    }
  });
});

describe("the README records how many questions each bundled example is asked", () => {
  const readme = readFileSync(`${REPO}README.md`, "utf8");
  const rows = [...readme.matchAll(/^\| `(examples\/[^`]+\.yaml)` \| (\d{4}-\d{2}-\d{2}) \| (\d+) \|$/gm)];
  const examples = readdirSync(`${REPO}examples`).filter((f) => f.endsWith(".yaml"));

  it("has a row for every example", () => {
    expect(rows.map((r) => r[1]).sort()).toEqual(examples.map((f) => `examples/${f}`).sort());
  });

  it.each(rows.map((r) => [r[1] as string, r[2] as string, Number(r[3])] as const))(
    "%s as of %s: %i questions",
    (file, date, count) => {
      const q = replayQuestionnaire({ programs, catalogue, asOf: asOf(date) }, profileFile(file));
      if (UPDATE) {
        const text = readFileSync(`${REPO}README.md`, "utf8");
        const row = `| \`${file}\` | ${date} | `;
        writeFileSync(`${REPO}README.md`, text.replace(`${row}${count} |`, `${row}${q.history.length} |`));
      } else expect(q.history).toHaveLength(count);
    },
  );
});
