import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import type { FieldCatalogue } from "../profile/fields.js";
import type { Io } from "./io.js";
import { type NamedProfile, profilesInText } from "./profileDocuments.js";

export type { NamedProfile };

/** Read all of a stream as UTF-8 text. */
async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Read and validate profile files (`-` is stdin): the valid profiles, and every problem of the others.
 * A file may hold several applicants (YAML documents separated by `---`, a list, or NDJSON).
 */
export async function readProfiles(
  paths: readonly string[],
  io: Io,
  catalogue: FieldCatalogue,
): Promise<{ profiles: NamedProfile[]; diagnostics: Diagnostic[]; documents: number }> {
  const out: NamedProfile[] = [];
  const diagnostics: Diagnostic[] = [];
  let documents = 0;
  for (const path of paths) {
    const name = path === "-" ? "<stdin>" : path;
    let text: string;
    try {
      text = path === "-" ? await readStream(io.stdin) : await readFile(resolve(io.cwd, path), "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason =
        code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (e as Error).message;
      diagnostics.push({
        file: name,
        line: 1,
        col: 1,
        code: "input/unreadable",
        message: `cannot read profile: ${reason}`,
        severity: "error",
      });
      continue;
    }
    if (!text.trim()) {
      diagnostics.push({
        file: name,
        line: 1,
        col: 1,
        code: "input/unreadable",
        message: "the profile is empty",
        severity: "error",
      });
      continue;
    }
    const read = profilesInText(name, text, catalogue);
    diagnostics.push(...read.diagnostics);
    out.push(...read.profiles);
    documents += read.documents;
  }
  return { profiles: out, diagnostics, documents };
}
