import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { profileFromAnswers } from "../../src/ask/answers.js";
import { type AsOf, asOfDate } from "../../src/engine/evaluateProgram.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import type { Profile } from "../../src/profile/profile.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

/** The repository root. */
export const REPO = fileURLToPath(new URL("../../", import.meta.url));

export const rules = loadRules();
export const programs = [...rules.programs.values()];
export const catalogue = rules.fields;

export const asOf = (text: string): AsOf => asOfDate(text) as AsOf;

/** A profile file of the repository, validated as `eval` reads it. */
export function profileFile(path: string): Profile {
  const { profile, diagnostics } = readProfile(
    new YamlSource(path, readFileSync(`${REPO}${path}`, "utf8")),
    catalogue,
  );
  if (!profile) throw new Error(`${path}: ${diagnostics[0]?.message}`);
  return profile;
}

/** A questionnaire fixture: a profile (inline or a file) and the questions expected, in order. */
export interface QuestionnaireFixture {
  readonly file: string;
  readonly name: string;
  readonly asOf: string;
  readonly profile: Profile;
  readonly programs?: readonly string[];
  readonly questions: readonly string[];
}

/** Read `test/ask/questionnaires/<file>.yaml`. */
export function questionnaireFixture(file: string): QuestionnaireFixture {
  const doc = parse(readFileSync(`${REPO}test/ask/questionnaires/${file}`, "utf8"));
  const profile = doc.profileFile ? profileFile(doc.profileFile) : profileFromAnswers(doc.profile, catalogue);
  return {
    file,
    name: doc.name,
    asOf: doc.asOf,
    profile,
    programs: doc.programs,
    questions: doc.questions ?? [],
  };
}
