/** butie's version, as in package.json (test/cli/bundle.test.ts checks that the two agree). */
export const VERSION = "0.1.0";
