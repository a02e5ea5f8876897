import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { readTextFile, readTextStream } from "../files/readTextFile.js";
import { message, say } from "../messages/index.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { type Io, todayIso } from "./io.js";
import { plainProfile } from "./plainProfile.js";
import type { NamedProfile } from "./profileDocuments.js";

export type { NamedProfile };

/**
 * Read and validate profile files (`-` is stdin): the valid profiles, and every problem of the others
 * (plus warnings about valid ones, e.g. a birth date after `asOf`).
 * A file may hold several applicants (YAML documents separated by `---`, a list, or NDJSON).
 */
export async function readProfiles(
  paths: readonly string[],
  io: Io,
  catalogue: FieldCatalogue,
  asOf?: string,
): Promise<{ profiles: NamedProfile[]; diagnostics: Diagnostic[]; documents: number }> {
  const out: NamedProfile[] = [];
  const diagnostics: Diagnostic[] = [];
  let documents = 0;
  for (const path of paths) {
    const name = path === "-" ? "<stdin>" : path;
    const read = path === "-" ? await readTextStream(io.stdin) : readTextFile(resolve(io.cwd, path), name);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    if (!read.text.trim()) {
      diagnostics.push({
        file: name,
        line: 1,
        col: 1,
        code: "input/unreadable",
        message: say("en", "words/empty-profile"),
        says: message("words/empty-profile"),
        severity: "error",
      });
      continue;
    }
    const options = { today: todayIso(io), asOf };
    // A plain JSON or YAML profile is read without the YAML library; lists, NDJSON, other YAML and texts with a
    // problem load it.
    const plain = plainProfile(name, read.text, catalogue, options);
    const found = plain
      ? {
          profiles: plain.profile ? [{ name, profile: plain.profile }] : [],
          diagnostics: plain.diagnostics,
          documents: 1,
        }
      : (await import("./profileDocuments.js")).profilesInText(name, read.text, catalogue, options);
    diagnostics.push(...found.diagnostics);
    out.push(...found.profiles);
    documents += found.documents;
  }
  return { profiles: out, diagnostics, documents };
}
