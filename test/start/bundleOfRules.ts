import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fieldCatalogueSchema } from "../../src/profile/fields.js";
import { type Bundle, bundledProgram } from "../../src/rules/bundle.js";
import { BUNDLED_RULES, isRuleFile, listFiles } from "../../src/rules/loadRules.js";
import { ruleFileSchema } from "../../src/rules/schema.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

/** The bundle as `scripts/bundle-rules.mjs` writes it. */
export function bundleOfRules(): Bundle {
  const data = (file: string) => new YamlSource(file, readFileSync(file, "utf8")).data;
  const programs = listFiles(BUNDLED_RULES, isRuleFile).map((file) =>
    bundledProgram(join("rules", relative(BUNDLED_RULES, file)), ruleFileSchema.parse(data(file))),
  );
  const fields = fieldCatalogueSchema.parse(data(join(BUNDLED_RULES, "fields.yaml")));
  return { fields, programs };
}
