import { z } from "zod";
import { fixtureFileSchema } from "../fixtures/schema.js";
import { overrideFileSchema, ruleFileSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of every file an analyst writes: a program's rule file, a local
 * `overrides:` file, and a fixture file (`*.test.yaml`), built from the same zod schemas `check` uses, so
 * an editor (VS Code with the YAML extension) completes keys and flags mistakes as the analyst types.
 * Checks that need more than one file (declared fields, source ids, expression types) stay with `check`.
 */
export function ruleFilesJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(z.union([ruleFileSchema, overrideFileSchema, fixtureFileSchema]), {
    io: "input",
    unrepresentable: "any",
  });
  return {
    ...schema,
    title: "butie rule, override and fixture files",
    description:
      "A program (rules/<place>/<program>.yaml), a local overrides file, or fixtures (<program>.test.yaml). See docs/rules.md.",
  };
}
