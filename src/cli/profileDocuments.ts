import { type Document, isScalar, isSeq, LineCounter, parseAllDocuments } from "yaml";
import type { Diagnostic } from "../diagnostics.js";
import { fileDiagnostic } from "../files/readTextFile.js";
import { message } from "../messages/index.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { type ProfileOptions, profileFromData, readProfile } from "../profile/loadProfile.js";
import type { Profile } from "../profile/profile.js";
import { tooDeepForParserAt } from "../rules/parserDepth.js";
import { YAML_PARSE_OPTIONS } from "../rules/yamlOptions.js";
import { YamlSource } from "../rules/yamlSource.js";

/** One applicant read from a file; `name` says which document of the file it is (`f.yaml#2`). */
export type NamedProfile = { readonly name: string; readonly profile: Profile };

type Path = readonly (string | number)[];
/** `documents`: how many applicants the file holds, valid or not. */
type Read = { profiles: NamedProfile[]; diagnostics: Diagnostic[]; documents: number };

/**
 * The profiles in one file's text: one YAML or JSON document; several YAML documents separated by `---`;
 * a JSON (or YAML) list of profiles; or NDJSON, one JSON object per line. Every problem is located by
 * line:col within the file, and a bad document does not cost the others their results.
 */
export function profilesInText(
  name: string,
  text: string,
  catalogue: FieldCatalogue,
  options: ProfileOptions = {},
): Read {
  // A .json or .yaml file is one document (or a list); only stdin, which has no name, is recognised by content.
  const ndjson = /\.(ndjson|jsonl)$/i.test(name) || (name === "<stdin>" && looksLikeNdjson(text));
  if (ndjson) return ndjsonProfiles(name, text, catalogue, options);
  // Without a document marker the text is one document, read once; a list in it holds several applicants.
  // A text nested too deep is read as one document too: YamlSource refuses it before any parser composes it.
  if (!/^(---|\.\.\.)(\s|$)/m.test(text) || tooDeepForParserAt(text) !== undefined) {
    const src = new YamlSource(name, text);
    if (Array.isArray(src.data)) return documentsRead(name, [{ src, shift: 0 }], catalogue, options);
    const { profile, diagnostics } = readProfile(src, catalogue, options);
    return { profiles: profile ? [{ name, profile }] : [], diagnostics, documents: 1 };
  }
  // Only where the documents are: each is then read by YamlSource, which finds duplicate keys in one pass (the
  // parser's own check is quadratic: a profile of 80,000 keys took minutes).
  const docs = parseAllDocuments(text, YAML_PARSE_OPTIONS);
  // An empty document (a trailing `---`, or one holding only comments) describes no applicant: skip it.
  const list = Array.isArray(docs) ? docs.filter((d) => !isEmptyDocument(d) || d.errors.length) : [];
  // Documents, all empty: no applicant, said so (read as one text, the parser would ask for its own API by name).
  if (list.length === 0 && Array.isArray(docs) && docs.length > 1) {
    const says = message("file/documents-empty", { documents: docs.length });
    return { profiles: [], diagnostics: [fileDiagnostic(name, "profile/type", says)], documents: 0 };
  }
  const only = list[0];
  // One document that is not a list: exactly the single-profile path `eval` always had.
  const single = list.length === 0 || (list.length === 1 && (!Array.isArray(docs) || docs.length === 1));
  if (single && !(only && isSeq(only.contents))) {
    const { profile, diagnostics } = readProfile(new YamlSource(name, text), catalogue, options);
    return { profiles: profile ? [{ name, profile }] : [], diagnostics, documents: 1 };
  }
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
  // Each document's own lines, read as a file of their own; its problems are moved to where they are.
  const sources = list.map((doc) => {
    const from = text.lastIndexOf("\n", (doc.range?.[0] ?? 0) - 1) + 1;
    const src = new YamlSource(name, text.slice(from, doc.range?.[2] ?? text.length));
    return { src, shift: lines.linePos(from).line - 1 };
  });
  return documentsRead(name, sources, catalogue, options);
}

/** The applicants of a file's documents (`shift`: lines before the document), each a profile or located errors. */
function documentsRead(
  name: string,
  sources: readonly { src: YamlSource; shift: number }[],
  catalogue: FieldCatalogue,
  options: ProfileOptions,
): Read {
  const out: Read = { profiles: [], diagnostics: [], documents: 0 };
  for (const { src, shift } of sources) {
    const moved = (d: Diagnostic): Diagnostic => ({ ...d, line: d.line + shift });
    if (src.diagnostics.length) {
      out.diagnostics.push(...src.diagnostics.map(moved));
      out.documents++;
      continue;
    }
    const items: { data: unknown; prefix: Path }[] = Array.isArray(src.data)
      ? src.data.map((d, i) => ({ data: d, prefix: [i] }))
      : [{ data: src.data, prefix: [] }];
    for (const item of items) {
      const n = ++out.documents;
      const { profile, diagnostics } = profileFromData(
        item.data,
        catalogue,
        (path, p) => moved((p.atKey ? src.atKey : src.at).call(src, [...item.prefix, ...path], p.code)),
        (path) => src.sourceText([...item.prefix, ...path]),
        options,
      );
      out.diagnostics.push(...diagnostics);
      if (profile) out.profiles.push({ name: `${name}#${n}`, profile });
    }
  }
  return out;
}

/** Two or more lines that each hold a whole JSON object. */
function looksLikeNdjson(text: string): boolean {
  const lines = text.split("\n").filter((l) => l.trim());
  return lines.length > 1 && lines.every((l) => /^\s*\{.*\}\s*$/.test(l));
}

function ndjsonProfiles(
  name: string,
  text: string,
  catalogue: FieldCatalogue,
  options: ProfileOptions,
): Read {
  const out: Read = { profiles: [], diagnostics: [], documents: 0 };
  let n = 0;
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    out.documents = ++n;
    const { profile, diagnostics } = readProfile(new YamlSource(name, line), catalogue, options);
    // Each line was read on its own: move its problems to the line they are on in the file.
    out.diagnostics.push(...diagnostics.map((d) => ({ ...d, line: d.line + i })));
    if (profile) out.profiles.push({ name: `${name}#${n}`, profile });
  });
  return out;
}

/** A document with no content: the parser gives it a null plain scalar (or no node at all). */
function isEmptyDocument(doc: Document): boolean {
  const c = doc.contents;
  return c === null || (isScalar(c) && c.value === null && c.source === "");
}
