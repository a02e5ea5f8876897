// The Ningxia unemployment subsidy written for json-rules-engine: rules as JSON conditions, the wage-class and
// standard tables as derived facts, the tier rate as the event's parameter.
import { Engine } from "json-rules-engine";
import { IN_FORCE, MONTHS, RAISE, STANDARD, WAGE_CLASS } from "./ningxiaSubsidy.data.js";

const day = (iso) => Number(iso.replaceAll("-", ""));
const inForce = [
  { fact: "asOfDay", operator: "greaterThanInclusive", value: day(IN_FORCE.from) },
  { fact: "asOfDay", operator: "lessThanInclusive", value: day(IN_FORCE.to) },
  { fact: "province", operator: "equal", value: "64" },
];
// An exhausted benefit implies contributions (the rule's `has-contributed`): the months need not be given.
const unemployedAndInsured = [
  { fact: "employmentStatus", operator: "equal", value: "unemployed" },
  {
    any: [
      { fact: "benefitExhausted", operator: "equal", value: true },
      { fact: "contributionMonths", operator: "greaterThanInclusive", value: 1 },
    ],
  },
];
const notEntitledToBenefit = {
  any: [
    { fact: "benefitExhausted", operator: "equal", value: true },
    { fact: "contributionMonths", operator: "lessThan", value: 12 },
    { fact: "involuntary", operator: "equal", value: false },
    { fact: "registered", operator: "equal", value: false },
  ],
};
const RULES = [
  {
    name: "applicable",
    conditions: { all: inForce },
    event: { type: "applicable" },
  },
  {
    name: "higher tier",
    conditions: {
      all: [
        ...inForce,
        ...unemployedAndInsured,
        notEntitledToBenefit,
        {
          any: [
            { fact: "benefitExhausted", operator: "equal", value: true },
            { fact: "contributionMonths", operator: "greaterThanInclusive", value: 6 },
          ],
        },
      ],
    },
    event: { type: "eligible", params: { rate: 0.8 } },
  },
  {
    name: "lower tier",
    conditions: {
      all: [
        ...inForce,
        ...unemployedAndInsured,
        notEntitledToBenefit,
        { fact: "benefitExhausted", operator: "equal", value: false },
        { fact: "contributionMonths", operator: "lessThan", value: 6 },
      ],
    },
    event: { type: "eligible", params: { rate: 0.5 } },
  },
];

/** An engine with the rules and derived facts; `run(profile, asOf)` → `{ status, amount }` like plainSubsidy. */
export function jsonRulesEngineSubsidy() {
  const engine = new Engine(RULES, { allowUndefinedFacts: false });
  engine.addFact("province", async (_p, almanac) => (await almanac.factValue("insuredRegion")).slice(0, 2));
  engine.addFact("standard", async (_p, almanac) => {
    const [region, asOf] = [await almanac.factValue("insuredRegion"), await almanac.factValue("asOf")];
    return (asOf >= RAISE ? STANDARD.from20210901 : STANDARD.before)[WAGE_CLASS[region]];
  });
  return async (p, asOf) => {
    const u = p.unemployment;
    const facts = { ...u, employmentStatus: p.person.employmentStatus, asOf, asOfDay: day(asOf) };
    const { events, almanac } = await engine.run(facts);
    const eligible = events.find((e) => e.type === "eligible");
    if (eligible)
      return {
        status: "eligible",
        amount: (await almanac.factValue("standard")) * eligible.params.rate,
        months: MONTHS,
      };
    return { status: events.length ? "ineligible" : "not-applicable", amount: null };
  };
}
