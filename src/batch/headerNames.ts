import type { FieldCatalogue } from "../profile/fields.js";

/** Labels are compared without spaces and separators, so `个人信息·出生日期` and `个人信息 出生日期` are one name. */
export const normalHeader = (s: string) => s.replace(/[\s.·・:：/\\|_\-—（）()]/g, "").toLowerCase();

/** Every name a field answers to, and the fields behind each name. */
export function headerNames(catalogue: FieldCatalogue): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const add = (name: string, path: string) => {
    const key = normalHeader(name);
    const list = names.get(key) ?? [];
    if (!list.includes(path)) list.push(path);
    names.set(key, list);
  };
  for (const [sectionName, section] of Object.entries(catalogue.sections)) {
    for (const [name, def] of Object.entries(section.fields)) {
      const path = `${sectionName}.${name}`;
      add(path, path);
      for (const lang of ["zh", "en"] as const) {
        add(def.label[lang], path);
        add(`${section.label[lang]}${def.label[lang]}`, path);
      }
      for (const header of def.headers ?? []) add(header, path);
    }
  }
  return names;
}
