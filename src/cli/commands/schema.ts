import { EXIT } from "../../diagnostics.js";
import { profileJsonSchema } from "../../profile/jsonSchema.js";
import type { Io } from "../io.js";
import { loadRuleSetOrFail } from "../loadRuleSet.js";

/** `butie schema`: print the JSON Schema of a profile, from the field catalogue. */
export async function runSchema(io: Io): Promise<number> {
  const rules = await loadRuleSetOrFail([], io);
  io.stdout.write(`${JSON.stringify(profileJsonSchema(rules.fields), null, 2)}\n`);
  return EXIT.ok;
}
