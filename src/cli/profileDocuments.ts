import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
} from "yaml";
import type { Diagnostic } from "../diagnostics.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { type ProfileOptions, profileFromData, readProfile } from "../profile/loadProfile.js";
import type { Profile } from "../profile/profile.js";
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
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  // An empty document (a trailing `---`, or one holding only comments) describes no applicant: skip it.
  const list = Array.isArray(docs) ? docs.filter((d) => !isEmptyDocument(d) || d.errors.length) : [];
  const only = list[0];
  // One document that is not a list: exactly the single-profile path `eval` always had.
  const single = list.length === 0 || (list.length === 1 && (!Array.isArray(docs) || docs.length === 1));
  if (single && !(only && isSeq(only.contents))) {
    const { profile, diagnostics } = readProfile(new YamlSource(name, text), catalogue, options);
    return { profiles: profile ? [{ name, profile }] : [], diagnostics, documents: 1 };
  }
  const out: Read = { profiles: [], diagnostics: [], documents: 0 };
  let n = 0;
  for (const doc of list) {
    const locate = new DocumentLocator(name, doc, lines);
    if (doc.errors.length) {
      for (const e of doc.errors)
        out.diagnostics.push(
          locate.diagnosticAt(e.pos[0], "yaml/syntax", e.message.split("\n")[0] ?? e.message),
        );
      out.documents = ++n;
      continue;
    }
    const data = doc.toJS() as unknown;
    const items: { data: unknown; prefix: Path }[] = Array.isArray(data)
      ? data.map((d, i) => ({ data: d, prefix: [i] }))
      : [{ data, prefix: [] }];
    for (const item of items) {
      out.documents = ++n;
      const { profile, diagnostics } = profileFromData(
        item.data,
        catalogue,
        (path, p) =>
          p.atKey
            ? locate.atKey([...item.prefix, ...path], p.code, p.message)
            : locate.at([...item.prefix, ...path], p.code, p.message),
        (path) => locate.sourceText([...item.prefix, ...path]),
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

/** Line:col of values and keys of one document of a multi-document file. */
class DocumentLocator {
  constructor(
    private readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  diagnosticAt(offset: number, code: string, message: string, path?: Path): Diagnostic {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, col, code, message, severity: "error", path: path?.join(".") };
  }

  private offsetOf(path: Path): number {
    for (let n = path.length; n >= 0; n--) {
      const node = (n ? this.doc.getIn(path.slice(0, n), true) : this.doc.contents) as Node | undefined;
      if (node?.range) return node.range[0];
    }
    return this.doc.range?.[0] ?? 0;
  }

  at(path: Path, code: string, message: string): Diagnostic {
    return this.diagnosticAt(this.offsetOf(path), code, message, path);
  }

  atKey(path: Path, code: string, message: string): Diagnostic {
    const key = path[path.length - 1];
    const parent = path.slice(0, -1);
    const map = parent.length ? this.doc.getIn(parent, true) : this.doc.contents;
    if (isMap(map))
      for (const item of map.items)
        if (isPair(item) && isScalar(item.key) && String(item.key.value) === String(key) && item.key.range)
          return this.diagnosticAt(item.key.range[0], code, message, path);
    return this.at(path, code, message);
  }

  sourceText(path: Path): string | undefined {
    const node = this.doc.getIn(path, true);
    return isScalar(node) && typeof node.source === "string" ? node.source : undefined;
  }
}

/** A document with no content: the parser gives it a null plain scalar (or no node at all). */
function isEmptyDocument(doc: Document): boolean {
  const c = doc.contents;
  return c === null || (isScalar(c) && c.value === null && c.source === "");
}
