import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("ndjson-start");

// With --format ndjson stdout is a stream of JSON: a run that cannot start says why there, as JSON, as eval,
// check and test do in their JSON modes (PRODUCT §4; analyst F11).
describe("batch --format ndjson: a run that cannot start", () => {
  it.each([["--format", "ndjson"], ["--format=ndjson"]])(
    "writes its error as one JSON object on stdout (%s)",
    async (...format) => {
      const run = await butie(["batch", at("nothing-here.csv"), ...format]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe("");
      const error = JSON.parse(run.stdout).error;
      expect(error).toBeDefined();
      expect(JSON.stringify(error)).toContain("nothing-here.csv");
    },
  );
});
