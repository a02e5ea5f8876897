/**
 * butie as a library: load the rules once, then evaluate any number of profiles.
 *
 * @example
 * const rules = loadRules();
 * const { profile } = readProfile(new YamlSource("p.yaml", text), rules.fields);
 * const evaluation = evaluate(rules.programs.values(), profile, asOfDate("2022-03-01"));
 */

export { evaluateProgram } from "./compiled/evaluate.js";
export { type Diagnostic, formatDiagnostic, InputError } from "./diagnostics.js";
export { evaluate, withExclusions, withExclusionsAmong } from "./engine/evaluate.js";
export { type AsOf, asOfDate } from "./engine/evaluateProgram.js";
export type * from "./engine/result.js";
export { evaluationToJson } from "./explain/json.js";
export { maskIdNumber, parseIdNumber } from "./profile/idNumber.js";
export { profileFromData, readProfile } from "./profile/loadProfile.js";
export { type Profile, profileOf } from "./profile/profile.js";
export { loadRules, type RuleSet } from "./rules/loadRules.js";
export { applyOverride, parseParamOption } from "./rules/overrides.js";
export type { Program } from "./rules/program.js";
export { YamlSource } from "./rules/yamlSource.js";
