import { distance } from "fastest-levenshtein";
import { type Lang, say } from "../messages/index.js";
import type { FieldCatalogue, FieldDef } from "../profile/fields.js";
import { headerNames, normalHeader } from "./headerNames.js";
import { headerUnit, withoutRemarks } from "./headerUnit.js";

/**
 * The fields a header that names none may have meant: choices to offer, never a binding. Containment first
 * (`参保地` is part of 养老保险参保地 and 失业保险参保地: both are named, each with its section); else labels a typo
 * away — at most one edit in three characters, since a Chinese character is a word (`参保地` and `经营地` share
 * only 地, and are not near; `离职日期` and `出生日期`, two in four, are not near).
 */
export function columnCandidates(header: string, catalogue: FieldCatalogue): string[] {
  const key = normalHeader(header);
  if (!key) return [];
  const names = headerNames(catalogue);
  const found = new Set<string>();
  for (const [name, paths] of names)
    if (name.length > 1 && (name.includes(key) || key.includes(name))) for (const p of paths) found.add(p);
  if (found.size) return narrowest(found, key, catalogue);
  let best = Math.floor(key.length / 3);
  let near: string[] = [];
  for (const [name, paths] of names) {
    const d = distance(key, name);
    if (d > best) continue;
    if (d < best) {
      best = d;
      near = [];
    }
    near.push(...paths.filter((p) => !near.includes(p)));
  }
  return best === 0 ? [] : near;
}

/** Of the fields containing the header, those whose label is closest in length: the header's own words. */
function narrowest(found: Set<string>, key: string, catalogue: FieldCatalogue): string[] {
  const length = (p: string) =>
    Math.abs(normalHeader(catalogue.fields.get(p)?.label.zh ?? p).length - key.length);
  const list = [...found];
  const least = Math.min(...list.map(length));
  return list.filter((p) => length(p) <= least + 4).slice(0, 6);
}

/** A field named for the caseworker: its section and label, e.g. 失业保险（本次失业）·失业保险参保地. */
export function qualifiedLabel(catalogue: FieldCatalogue, path: string, lang: Lang): string {
  const [sectionName = "", name = ""] = path.split(".");
  const section = catalogue.sections[sectionName];
  const label = section?.fields[name]?.label[lang] ?? name;
  return `${section?.label[lang] ?? sectionName}·${label}`;
}

/**
 * Every accepted column header, by section: the label (zh and en), the field path, and for a field of a few
 * values, the values as written in a cell. A label that several sections share is marked: write the section
 * label before it.
 */
export function columnListing(catalogue: FieldCatalogue, lang: Lang): string {
  const names = headerNames(catalogue);
  const lines = [say(lang, "batch/columnsHead")];
  for (const [sectionName, section] of Object.entries(catalogue.sections)) {
    lines.push("", `${section.label[lang]}`);
    for (const [name, def] of Object.entries(section.fields)) {
      const shared = (names.get(normalHeader(def.label.zh))?.length ?? 0) > 1;
      const label = shared ? `${section.label.zh}·${def.label.zh}` : def.label.zh;
      const values = valueWords(def, lang);
      lines.push(
        `  ${label}  ${def.label.en}  ${sectionName}.${name}${values ? `  ${say(lang, "batch/columnsValues", { values })}` : ""}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

function valueWords(def: FieldDef, lang: Lang): string {
  if (def.type === "boolean") return say(lang, "batch/columnsYesNo");
  if (def.type !== "enum" && def.type !== "enum-list") return "";
  const labels = def.valueLabels ?? {};
  return (def.values ?? []).map((v) => labels[v]?.[lang] ?? v).join(say(lang, "batch/listSeparator"));
}

/**
 * The field a header names once its bracketed remarks are set aside (`性别（男/女）`, `失业保险参保地（县区）`,
 * `月缴存基数（万元）`) or its unit is (`累计缴费年限`): the only guess sure enough to be written into a map. A header that is part of a label, holds
 * one with other words (`配偶出生日期`) or is a typo away from one may mean another thing: a choice, never bound.
 */
export function fieldNamedBy(header: string, catalogue: FieldCatalogue): string | undefined {
  const bare = withoutRemarks(header);
  // A label may hold a remark of its own (本次失业（停保）日期): the header's last remark alone set aside too.
  const lastApart = header.trim().replace(/[（(][^（()）]*[)）]$/, "");
  // 累计缴费年限 is 累计缴费月数 counted in years: the same name in another unit, which the column is read in.
  const inMonths = bare.replace(/年限|年数/, "月数");
  const names = headerNames(catalogue);
  for (const name of new Set([lastApart, bare, inMonths])) {
    if (name === header.trim()) continue;
    const paths = names.get(normalHeader(name)) ?? [];
    if (paths.length === 1) return paths[0];
  }
  return undefined;
}

/**
 * A `--columns` map for a file's header row: each header that names no field, with the fields it may mean as a
 * comment (a choice to make, never made silently), or `~` to ignore it. Only a field's own name with a remark
 * beside it is filled in, read in the unit the header names (`（万元）` ×10000) or, when that unit cannot be read
 * into the field's exactly, left `~` with the reason.
 */
export function mappingSuggestion(headers: readonly string[], catalogue: FieldCatalogue, lang: Lang): string {
  const names = headerNames(catalogue);
  const lines: string[] = [];
  for (const raw of headers) {
    const header = raw.trim();
    if (!header || (names.get(normalHeader(header))?.length ?? 0) === 1) continue;
    const yamlKey = JSON.stringify(header);
    const sure = fieldNamedBy(header, catalogue);
    if (sure) {
      lines.push(`${yamlKey}: ${sureLine(header, sure, catalogue, lang)}`);
      continue;
    }
    const ambiguous = names.get(normalHeader(header)) ?? [];
    const candidates = ambiguous.length ? ambiguous : columnCandidates(header, catalogue);
    const choices = candidates
      .map((path) => say(lang, "batch/columnsChoice", { path, label: qualifiedLabel(catalogue, path, lang) }))
      .join(" | ");
    lines.push(
      `${yamlKey}: ~  # ${choices ? say(lang, "batch/columnsChoose", { choices }) : say(lang, "batch/columnsNone")}`,
    );
  }
  return lines.length ? `${lines.join("\n")}\n` : say(lang, "batch/columnsAllKnown");
}

/** The map's value for a header sure to name `field`: the field, read in the header's unit, or `~` and why not. */
function sureLine(header: string, field: string, catalogue: FieldCatalogue, lang: Lang): string {
  const label = qualifiedLabel(catalogue, field, lang);
  const unit = headerUnit(header, field, catalogue);
  const into = catalogue.fields.get(field)?.unit ?? "";
  if (!unit) return `${field}  # ${label}`;
  if (unit.factor === undefined)
    return `~  # ${say(lang, "batch/columnsUnitApart", { path: field, label, word: unit.word, into })}`;
  return `${field}  # ${label}${say(lang, "batch/columnsUnit", { word: unit.word, factor: unit.factor, into })}`;
}
