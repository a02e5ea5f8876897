// `butie check` of the bundled rules alone reuses the build's own check while no file below rules/ has changed,
// and says so; anything else (paths, --rules, --stale-years, a changed text) is checked now.
import { describe, expect, it, vi } from "vitest";
import { butie } from "../cli/memoryIo.js";

const state = vi.hoisted(() => ({ bundle: undefined as string | undefined }));
vi.mock("node:fs", async (original) =>
  (await import("../cli/fsMocks.js")).withBuildFile(
    await original<typeof import("node:fs")>(),
    "check.bundle.json",
    () => state.bundle,
  ),
);

const FROM_BUILD = "(the build's check of the bundled rules, reused: no file below rules/ has changed since)";

/** The bundle the build writes: its check of the bundled rules, with one made-up warning to tell it apart. */
async function buildBundle(stamps?: string) {
  const { checkBundled } = await import("../../src/check/checkPaths.js");
  const { checkBundleText } = await import("../../src/check/checkBundle.js");
  const result = checkBundled(process.cwd());
  const marked = {
    ...result,
    warnings: result.warnings + 1,
    diagnostics: [
      ...result.diagnostics,
      {
        file: "rules/fields.yaml",
        line: 1,
        col: 1,
        code: "rule/mark",
        message: "MARK",
        severity: "warning" as const,
      },
    ],
  };
  const text = JSON.parse(checkBundleText(marked));
  // A file changed since the build has other bytes and another time than the build recorded.
  return JSON.stringify(stamps === undefined ? text : { ...text, stamps, times: stamps });
}

describe("butie check reuses the build's check of the bundled rules", () => {
  it("while the texts are unchanged: its problems and counts, said to be the build's", async () => {
    state.bundle = await buildBundle();
    const { code, stderr } = await butie(["check", "--lang", "en"]);
    expect(stderr).toContain("rules/fields.yaml:1:1 rule/mark (warning) MARK");
    expect(stderr).toContain(FROM_BUILD);
    expect(stderr).toMatch(/^0 errors, 1 warning in \d+ files$/m);
    expect(code).toBe(0);
    const json = JSON.parse((await butie(["check", "--lang", "en", "--format", "json"])).stdout);
    expect(json).toMatchObject({ errors: 0, warnings: 1, fromBuild: true });
  });

  it("and gives what a check now gives, apart from saying so", async () => {
    state.bundle = undefined;
    const now = await butie(["check", "--lang", "en", "--format", "json"]);
    const { checkBundled } = await import("../../src/check/checkPaths.js");
    const { checkBundleText } = await import("../../src/check/checkBundle.js");
    state.bundle = checkBundleText(checkBundled(process.cwd()));
    const reused = await butie(["check", "--lang", "en", "--format", "json"]);
    expect(JSON.parse(reused.stdout)).toEqual({ ...JSON.parse(now.stdout), fromBuild: true });
    expect(reused.code).toBe(now.code);
  });

  it.each([
    ["a text changed since", ["check"], "stale"],
    ["--stale-years", ["check", "--stale-years", "50"], undefined],
    ["a path", ["check", "rules"], undefined],
    ["--rules", ["check", "--rules", "examples/local-rules"], undefined],
  ])("not with %s", async (_, args, stamps) => {
    state.bundle = await buildBundle(stamps);
    const { stderr } = await butie(args);
    expect(stderr).not.toContain("MARK");
    expect(stderr).not.toContain(FROM_BUILD);
  });
});
