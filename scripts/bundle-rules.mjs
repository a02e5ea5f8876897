// Build step: check the bundled rules and write dist/rules.bundle.json (parsed, validated rule data),
// so the CLI starts without the YAML parser and zod. A rule error fails the build. Also dist/fixtures.bundle.json:
// the bundled fixtures parsed, so `butie test` need not parse them at each start. And dist/check.bundle.json: the
// build's `butie check` of the bundled rules, reused by `butie check` while the texts are unchanged.
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { CHECK_BUNDLE_FILE, checkBundleText } from "../dist/check/checkBundle.js";
import { checkBundled } from "../dist/check/checkPaths.js";
import { formatDiagnostic } from "../dist/diagnostics.js";
import { fixtureEntry } from "../dist/fixtures/fixtureBundle.js";
import { FIXTURE_BUNDLE_FILE } from "../dist/fixtures/fixtureBundleFile.js";
import { fieldCatalogueSchema } from "../dist/profile/fields.js";
import { BUNDLE_FILE, bundledProgram, STAMPS_FILE } from "../dist/rules/bundle.js";
import { BUNDLED_RULES, isRuleFile, listFiles, loadRules } from "../dist/rules/loadRules.js";
import { ruleStamps, ruleTimes } from "../dist/rules/ruleFiles.js";
import { ruleFileSchema } from "../dist/rules/schema.js";
import { YamlSource } from "../dist/rules/yamlSource.js";

// From the YAML, never from an earlier bundle: this is the check the bundle rests on.
const errors = loadRules([], process.cwd(), null).diagnostics.filter((d) => d.severity === "error");
if (errors.length) {
  for (const d of errors) console.error(formatDiagnostic(d));
  process.exit(1);
}
const data = (file) => new YamlSource(file, readFileSync(file, "utf8")).data;
const programs = listFiles(BUNDLED_RULES, isRuleFile).map((file) =>
  bundledProgram(join("rules", relative(BUNDLED_RULES, file)), ruleFileSchema.parse(data(file))),
);
const fields = fieldCatalogueSchema.parse(data(join(BUNDLED_RULES, "fields.yaml")));
// The texts apart: a start reads them only when the files' times are not the build's (an installed package).
writeFileSync(STAMPS_FILE, ruleStamps(BUNDLED_RULES));
writeFileSync(BUNDLE_FILE, JSON.stringify({ times: ruleTimes(BUNDLED_RULES), fields, programs }));
console.log(`bundled ${programs.length} programs into ${relative(process.cwd(), BUNDLE_FILE.pathname)}`);
const fixtures = listFiles(BUNDLED_RULES, (f) => /\.test\.ya?ml$/.test(f))
  .map((file) => fixtureEntry(file, readFileSync(file, "utf8")))
  .filter((entry) => entry !== undefined);
writeFileSync(FIXTURE_BUNDLE_FILE, JSON.stringify(Object.fromEntries(fixtures)));
console.log(
  `bundled ${fixtures.length} fixture files into ${relative(process.cwd(), FIXTURE_BUNDLE_FILE.pathname)}`,
);
// Last, with both bundles in place: `butie check` of the bundled rules exactly as the CLI runs it.
const checked = checkBundled(process.cwd());
writeFileSync(CHECK_BUNDLE_FILE, checkBundleText(checked));
console.log(
  `checked the bundled rules (${checked.errors} errors, ${checked.warnings} warnings) into ${relative(process.cwd(), CHECK_BUNDLE_FILE.pathname)}`,
);
