/** The language of a view: Chinese by default, English with `--lang en`. */
export type Lang = "zh" | "en";

/**
 * The few words the explanation views below the CLI need, the same as the CLI's (src/cli/i18n.ts `UI`), which
 * these views cannot import: one direction, the CLI above them.
 */
export const WORDS = {
  since: { zh: "自", en: "since" },
  unknown: { zh: "未知", en: "unknown" },
  overridden: { zh: "已覆盖", en: "overridden" },
  notMet: { zh: "未满足", en: "not met" },
} as const satisfies Record<string, Record<Lang, string>>;
