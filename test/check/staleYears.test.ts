import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type CheckOptions, runCheck } from "../../src/cli/commands/check.js";
import type { Io } from "../../src/cli/io.js";
import { UsageError } from "../../src/diagnostics.js";
import { REPO } from "../cli/memoryIo.js";

// `check --stale-years N` warns on values last confirmed more than N years before today (docs/currency.md).
// The bundled Hubei term (inForce) was last confirmed on 2021-08-26.

async function check(opts: Partial<CheckOptions>, env: NodeJS.ProcessEnv = {}) {
  let stderr = "";
  const io: Io = {
    stdout: { write: () => true },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: Readable.from([]),
    env,
    cwd: REPO,
    isTTY: false,
    today: "2026-12-06",
  };
  const code = await runCheck(["rules/hubei"], { format: "text", lang: "en", ...opts }, io);
  return { code, stale: stderr.split("\n").filter((l) => l.includes("rule/stale-value")) };
}

describe("check --stale-years", () => {
  it("is off when not given", async () => {
    expect((await check({})).stale).toEqual([]);
  });

  it("warns, without failing, on a value confirmed more than N years ago", async () => {
    // 2021-08-26 + 5 years = 2026-08-26, before 2026-12-06: stale.
    const { code, stale } = await check({ staleYears: "5" });
    expect(code).toBe(0);
    expect(
      stale.some((l) =>
        l.includes("the program's term (inForce) was last confirmed by a source on 2021-08-26"),
      ),
    ).toBe(true);
    // 2021-08-26 + 6 years = 2027-08-26, after today: not stale.
    expect((await check({ staleYears: "6" })).stale.filter((l) => l.includes("inForce"))).toEqual([]);
  });

  it("keeps BUTIE_STALE_YEARS working, the option taking precedence", async () => {
    expect((await check({}, { BUTIE_STALE_YEARS: "5" })).stale.length).toBeGreaterThan(0);
    expect(
      (await check({ staleYears: "6" }, { BUTIE_STALE_YEARS: "5" })).stale.filter((l) =>
        l.includes("inForce"),
      ),
    ).toEqual([]);
  });

  it.each(["0", "-1", "2.5", "five", ""])("refuses %j with a plain sentence", async (value) => {
    const run = check({ staleYears: value });
    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow(
      `--stale-years ${value}: expected a whole number of years ≥ 1 (e.g. 5)`,
    );
  });
});
