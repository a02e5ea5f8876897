/** The language of a view: Chinese by default, English with `--lang en`. */
export type { Lang } from "../messages/index.js";
