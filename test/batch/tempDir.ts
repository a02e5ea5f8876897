import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/**
 * A temporary directory for one test file, removed after its tests: `at(name)` is a path in it, and `ndjson`
 * writes records one a line and gives the file's path.
 */
export function tempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `butie-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const at = (name: string) => join(dir, name);
  const ndjson = (name: string, records: readonly object[]) => {
    writeFileSync(at(name), `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
    return at(name);
  };
  return { dir, at, ndjson };
}
