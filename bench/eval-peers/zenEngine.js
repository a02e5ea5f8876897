// The Ningxia unemployment subsidy written for GoRules zen (a JDM decision graph): a wage-class table, a
// first-hit eligibility table, a standard table by class and date, and an expression for the amount.
import { ZenEngine } from "@gorules/zen-engine";
import { IN_FORCE, MONTHS, RAISE, STANDARD, WAGE_CLASS } from "./ningxiaSubsidy.data.js";

const day = (iso) => Number(iso.replaceAll("-", ""));
const at = { x: 0, y: 0 };
let ruleId = 0;

function table(id, inputs, outputs, rules) {
  // Every input column needs a cell; an empty one matches any value.
  const row = (cells) => ({
    _id: `r${ruleId++}`,
    ...Object.fromEntries(inputs.map((i) => [i, ""])),
    ...cells,
  });
  return {
    id,
    type: "decisionTableNode",
    name: id,
    position: at,
    content: {
      hitPolicy: "first",
      passThrough: true,
      inputs: inputs.map((field) => ({ id: field, name: field, field })),
      outputs: outputs.map((field) => ({ id: field, name: field, field })),
      rules: rules.map(row),
    },
  };
}

const str = JSON.stringify;
const wageClass = table(
  "wageClass",
  ["insuredRegion"],
  ["wageClass"],
  [
    ...Object.entries(WAGE_CLASS).map(([region, c]) => ({
      insuredRegion: str(region),
      wageClass: String(c),
    })),
    { insuredRegion: "", wageClass: "0" },
  ],
);
const unemployed = { employmentStatus: str("unemployed") };
const eligibility = table(
  "eligibility",
  [
    "asOfDay",
    "insuredRegion",
    "employmentStatus",
    "contributionMonths",
    "benefitExhausted",
    "involuntary",
    "registered",
  ],
  ["status", "rate"],
  [
    { asOfDay: `< ${day(IN_FORCE.from)}`, status: str("not-applicable"), rate: "0" },
    { asOfDay: `> ${day(IN_FORCE.to)}`, status: str("not-applicable"), rate: "0" },
    { insuredRegion: 'not(startsWith($, "64"))', status: str("not-applicable"), rate: "0" },
    {
      ...unemployed,
      contributionMonths: ">= 1",
      benefitExhausted: "true",
      status: str("eligible"),
      rate: "0.8",
    },
    { ...unemployed, contributionMonths: "[6..12)", status: str("eligible"), rate: "0.8" },
    {
      ...unemployed,
      contributionMonths: ">= 12",
      involuntary: "false",
      status: str("eligible"),
      rate: "0.8",
    },
    { ...unemployed, contributionMonths: ">= 12", registered: "false", status: str("eligible"), rate: "0.8" },
    { ...unemployed, contributionMonths: "[1..6)", status: str("eligible"), rate: "0.5" },
    { status: str("ineligible"), rate: "0" },
  ],
);
const standard = table(
  "standard",
  ["wageClass", "asOfDay"],
  ["standard"],
  Object.keys(STANDARD.before).flatMap((c) => [
    { wageClass: c, asOfDay: `< ${day(RAISE)}`, standard: String(STANDARD.before[c]) },
    { wageClass: c, asOfDay: `>= ${day(RAISE)}`, standard: String(STANDARD.from20210901[c]) },
  ]),
);
const amount = {
  id: "amount",
  type: "expressionNode",
  name: "amount",
  position: at,
  content: {
    passThrough: true,
    expressions: [{ id: "amount", key: "amount", value: 'status == "eligible" ? standard * rate : null' }],
  },
};
const nodes = [
  { id: "in", type: "inputNode", name: "in", position: at },
  wageClass,
  eligibility,
  standard,
  amount,
  { id: "out", type: "outputNode", name: "out", position: at },
];
const JDM = {
  nodes,
  edges: nodes.slice(1).map((n, i) => ({ id: `e${i}`, sourceId: nodes[i].id, targetId: n.id, type: "edge" })),
};

/** The compiled decision; `run(profile, asOf)` → `{ status, amount }` like plainSubsidy. */
export function zenSubsidy() {
  const decision = new ZenEngine().createDecision(JDM);
  return async (p, asOf) => {
    const input = { ...p.unemployment, employmentStatus: p.person.employmentStatus, asOfDay: day(asOf) };
    const { result } = await decision.evaluate(input);
    return result.status === "eligible"
      ? { status: "eligible", amount: result.amount, months: MONTHS }
      : { status: result.status, amount: null };
  };
}
