import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { readTextFile, readTextStream } from "../files/readTextFile.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { readProfile } from "../profile/loadProfile.js";
import type { Profile } from "../profile/profile.js";
import { YamlSource } from "../rules/yamlSource.js";
import { type Io, todayIso } from "./io.js";

export type NamedProfile = { readonly name: string; readonly profile: Profile };

/**
 * Read and validate profile files (`-` is stdin): the valid profiles, and every problem of the others
 * (plus warnings about valid ones, e.g. a birth date after `asOf`).
 */
export async function readProfiles(
  paths: readonly string[],
  io: Io,
  catalogue: FieldCatalogue,
  asOf?: string,
): Promise<{ profiles: NamedProfile[]; diagnostics: Diagnostic[] }> {
  const out: NamedProfile[] = [];
  const diagnostics: Diagnostic[] = [];
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
        message: "the profile is empty",
        messageZh: "档案文件是空的",
        severity: "error",
      });
      continue;
    }
    const { profile, diagnostics: found } = readProfile(new YamlSource(name, read.text), catalogue, {
      today: todayIso(io),
      asOf,
    });
    diagnostics.push(...found);
    if (profile) out.push({ name, profile });
  }
  return { profiles: out, diagnostics };
}
