/** A small valid rule file (a trimmed Hubei start-up subsidy) that cases break one way at a time. */
export function miniRule(
  options: { id?: string; value?: string; params?: string; test?: string; amount?: string } = {},
): string {
  return `id: ${options.id ?? "test.mini"}
title: { zh: 测试补贴, en: Test subsidy }
subject: person
jurisdiction: { field: business.region, code: "420000" }
inForce: { from: 2021-08-26 }
sources:
  - id: src-a
    title: 测试来源
    quote: 给予2000元的一次性创业补贴。
parameters:
  standardSubsidy:
    label: { zh: 一次性创业补贴, en: One-off start-up subsidy }
    unit: yuan
    values:
      2021-08-26: { value: ${options.value ?? "2000"}, ref: src-a }
${options.params ?? ""}conditions:
  - id: poverty-alleviated
    test: ${options.test ?? "person.povertyAlleviated"}
    text: { zh: 属于脱贫人口, en: Lifted out of poverty }
    source: src-a
amount:
  per: once
  value: ${options.amount ?? "standardSubsidy"}
`;
}

/** A profile the mini rule decides: eligible for 2000 yuan. */
export const MINI_PROFILE = `person: { povertyAlleviated: true }\nbusiness: { region: "420102" }\n`;

/** A valid resident ID number (GB 11643 check digit) used to test masking; born 1949-12-31, female. */
export const ID = "11010519491231002X";
/** Another valid one: born 1990-01-01, male. */
export const ID2 = "340104199001010017";
