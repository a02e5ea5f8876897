import { z } from "zod";
import { parseIsoDate } from "../expr/values.js";
import { LIMITS } from "../limits.js";

// Titles, labels and condition texts are read on a terminal: bounded, so no table or wrap can blow up.
const phrase = z.string().min(1).max(LIMITS.textChars);
const text = z.strictObject({ zh: phrase, en: phrase });
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
  .refine((s) => parseIsoDate(s) !== undefined, "not a calendar date");
const expression = z.union([z.string().min(1), z.number(), z.boolean()]).transform(String);
const regionCode = z.string().regex(/^\d{6}$/, "expected a 6-digit GB/T 2260 code");

const source = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, "source ids are lower-case words joined by -"),
  title: z.string().min(1),
  url: z.string().url().optional(),
  quote: z.string().min(1),
});

const scalarValue = z.union([z.number(), z.string(), z.boolean()]);
/** The last date a cited public source confirms a value (or a program's term) still applies. */
const confirmed = z.strictObject({ on: isoDate, ref: z.string().min(1) });
/** From `on`, whether the program still runs is not known (a term that ended, a default validity). */
const unknownFrom = z.strictObject({ on: isoDate, ref: z.string().min(1), text });
/** The law re-sets the value at least every `years` years: each value is unknown from its start plus that. */
const resetWithin = z.strictObject({ years: z.number().int().min(1), ref: z.string().min(1), text });
const datedValue = z.strictObject({
  value: z.union([scalarValue, z.array(z.string()), z.record(z.string(), z.union([z.number(), z.string()]))]),
  ref: z.string().min(1),
  confirmed: confirmed.optional(),
});

/**
 * The shape of one rule file, as policy analysts write it (see docs/rules.md). Built when first used (z.lazy):
 * building it takes ~20 ms, and `--rules` with only override files never needs it.
 */
export const ruleFileSchema = z.lazy(() => ruleFileParts().ruleFile);

// The rule file's own parts (parameters, conditions, amounts…), built together on first use.
let parts: ReturnType<typeof buildRuleFileParts> | undefined;
function ruleFileParts() {
  parts ??= buildRuleFileParts();
  return parts;
}

function buildRuleFileParts() {
  const parameter = z
    .strictObject({
      label: text,
      unit: z.string().optional(),
      /** For a value no source publishes: why, instead of an invented number. */
      unpublished: text.optional(),
      /** The type of an unpublished parameter, which has no value to read it from. */
      type: z.enum(["number", "string", "boolean"]).optional(),
      /** The only numbers the law (or a function reading it) can honour: any other value is refused. */
      oneOf: z.array(z.number()).min(1).optional(),
      /** A standard the law re-sets (e.g. tied to the minimum wage): declared once, every value inherits it. */
      resetWithin: resetWithin.optional(),
      values: z.record(isoDate, datedValue).default({}),
    })
    .refine((p) => Object.keys(p.values).length > 0 || (p.unpublished && p.type), {
      message:
        "a parameter needs at least one dated value, or `unpublished` and `type` when no source publishes one",
    });

  const condition = z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, "condition ids are lower-case words joined by -"),
    test: expression,
    text,
    source: z.string().optional(),
    /** What the condition assumes when a profile field it defaults (`??`) is missing; shown when the default applies. */
    assumes: text.optional(),
  });

  /** A warning for the caseworker, shown when `when` holds on an eligible or undetermined result. */
  const caveat = z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, "caveat ids are lower-case words joined by -"),
    when: expression,
    text,
    source: z.string().optional(),
  });

  const programId = z
    .string()
    .regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, "program ids look like `place.program-name`");

  const filter = z.strictObject({
    over: z.string(),
    label: text,
    conditions: z.array(condition).min(1),
  });

  const matchCase = z.strictObject({
    when: expression,
    value: expression,
    label: text.optional(),
    source: z.string().optional(),
  });

  /** One tier: `from` is inclusive (以上), `below` exclusive (不满), as Chinese legal counting reads them. */
  const tier = z.strictObject({
    /** A number, or a parameter (any number expression) such as `nearRetirementMonths`. */
    from: z.union([z.number(), z.string().min(1)]).optional(),
    below: z.union([z.number(), z.string().min(1)]).optional(),
    value: expression,
    label: text.optional(),
    source: z.string().optional(),
  });

  const tiers = z.strictObject({
    by: expression,
    source: z.string().optional(),
    ranges: z.array(tier).min(1).max(LIMITS.cases),
  });

  const computation = z.union([
    expression,
    z.strictObject({ firstMatch: z.array(matchCase).min(1).max(LIMITS.cases) }),
    z.strictObject({ tiers }),
  ]);

  const amount = z.strictObject({
    per: z.enum(["once", "month"]),
    /** `at-most` for "up to" amounts (a cap, not an entitlement to the full sum). */
    bound: z.enum(["exact", "at-most"]).default("exact"),
    /** Whose money it is: paid to the person (the default), paid in by the person (a deposit), or paid to an employer. */
    kind: z.enum(["paid-to-person", "paid-by-person", "paid-to-employer"]).default("paid-to-person"),
    value: computation.optional(),
    months: computation.optional(),
    note: text.optional(),
    /**
     * 大龄续发: when the payment period would end less than `withinMonths` before `date` (e.g. the statutory
     * retirement date), payment continues through the month of that date; `withinMonths` is read at the
     * period's end, by the law in force then. When `date` falls inside the period, payment stops in its month.
     */
    continueUntil: z
      .strictObject({
        date: expression,
        withinMonths: expression,
        /** Said when the period is extended (a projection: only if still unemployed at its end). */
        text,
        /** Said when `date` falls inside the period: payment stops then (e.g. on a pension). */
        stops: text.optional(),
        /** Said when `date` is not known: the months stand, and the extension is only a possibility. */
        possible: text.optional(),
        source: z.string().optional(),
      })
      .optional(),
  });

  const ruleFile = z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, "program ids look like `place.program-name`"),
    title: text,
    subject: z.enum(["person", "employer"]),
    jurisdiction: z.strictObject({ field: z.string(), code: regionCode, name: text.optional() }),
    /** `source`: the text that sets the dates (publication, 自发布之日起施行, 至…年底). */
    inForce: z.strictObject({
      from: isoDate,
      to: isoDate.optional(),
      source: z.string().optional(),
      confirmed: confirmed.optional(),
      /** From `on`, whether the program still runs is not known (a term that ended, a default validity). */
      horizon: unknownFrom.optional(),
    }),
    sources: z.array(source).min(1, "every program names at least one source"),
    parameters: z
      .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "parameter names are camelCase"), parameter)
      .default({}),
    filters: z
      .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "filter names are camelCase"), filter)
      .default({}),
    /** Named intermediate values, computed once per evaluation and read by name (see rules/namedValues.ts). */
    values: z
      .record(
        z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "value names are camelCase"),
        z.strictObject({ label: text, value: expression }),
      )
      .optional(),
    conditions: z.array(condition).min(1),
    /** Conditions that rank applicants (优先) without excluding anyone: they set `priority`, never the status. */
    priority: z.array(condition).optional(),
    caveats: z.array(caveat).default([]),
    /** Programs that cannot be paid together with this one (不得同时享受). */
    excludes: z.array(programId).default([]),
    amount: amount.optional(),
  });
  return { ruleFile, tiers, computation };
}

/** A local file that changes only some parameters of an existing program (a bureau's own values). */
export const overrideFileSchema = z.strictObject({
  overrides: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, "name the program id to override"),
  /** Where the local values come from; each value's `ref` names one of these or a source of the program. */
  sources: z.array(source).default([]),
  parameters: z.record(z.string(), z.strictObject({ values: z.record(isoDate, datedValue) })),
});

export type RuleFile = z.infer<typeof ruleFileSchema>;
export type Tiers = z.infer<ReturnType<typeof buildRuleFileParts>["tiers"]>;
export type Computation = z.infer<ReturnType<typeof buildRuleFileParts>["computation"]>;
export type LocalText = z.infer<typeof text>;
