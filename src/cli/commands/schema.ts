import { EXIT } from "../../diagnostics.js";
import { profileJsonSchema } from "../../profile/jsonSchema.js";
import type { Io } from "../io.js";
import { loadRuleSetOrFail } from "../loadRuleSet.js";

export interface SchemaOptions {
  /** The schema of rule, override and fixture files instead of a profile's. */
  rules?: boolean;
}

/** `butie schema`: print the JSON Schema of a profile (from the field catalogue), or with `--rules` of rule files. */
export async function runSchema(io: Io, opts: SchemaOptions = {}): Promise<number> {
  if (opts.rules) {
    const { ruleFilesJsonSchema } = await import("../../fixtures/ruleJsonSchema.js");
    io.stdout.write(`${JSON.stringify(ruleFilesJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  }
  const rules = await loadRuleSetOrFail([], io);
  io.stdout.write(`${JSON.stringify(profileJsonSchema(rules.fields), null, 2)}\n`);
  return EXIT.ok;
}
