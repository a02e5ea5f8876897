import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { profilesInText } from "../../src/cli/profileDocuments.js";
import { loadFieldCatalogue } from "../../src/profile/fields.js";
import { BUNDLED_RULES } from "../../src/rules/ruleFiles.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

// hostile F1: the YAML library printed its own English warning, with a whole ID number, past the output guard.
const CATALOGUE = loadFieldCatalogue(join(BUNDLED_RULES, "fields.yaml"));
const COLLECTION_KEY = 'person: { ["11010519491231002X"]: 1 }\n';

describe("the YAML parser never writes to the process: its warnings are butie's located diagnostics", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ["one document", COLLECTION_KEY],
    ["a list of profiles", `- ${COLLECTION_KEY}`],
    ["one of several documents", `person: {}\n---\n${COLLECTION_KEY}`],
    ["a block mapping key", '? - "110105491231002"\n: 1\n'],
  ])("a key that is a list or mapping: %s", (_name, text) => {
    const warned = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    const logged = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const read = [
      ...profilesInText("p.yaml", text, CATALOGUE).diagnostics,
      ...new YamlSource("p.yaml", text).diagnostics,
    ];
    expect(warned).not.toHaveBeenCalled();
    expect(logged).not.toHaveBeenCalled();
    expect(read.map((d) => d.code)).toContain("yaml/syntax");
    expect(JSON.stringify(read)).not.toMatch(/stringified|mapAsMap|1949|491231/);
  });
});
