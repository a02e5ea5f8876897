/** The first 12 lines every sample rule of the tests shares: id, title, jurisdiction, in force and one source. */
export const SAMPLE_HEAD = `id: test.sample
title: { zh: 样例, en: Sample }
subject: person
jurisdiction:
  field: person.hukouRegion
  code: "340100"
inForce:
  from: 2021-01-01
sources:
  - id: measures
    title: Measures
    quote: Some text.
`;

/** Lines 13–22 of the samples with a month limit and a named retirement date: a parameter and a named value. */
export const MONTHS_AND_RETIREMENT = `parameters:
  maximumMonths:
    label: { zh: 最长月数, en: Maximum months }
    unit: months
    values:
      2021-01-01: { value: 6, ref: measures }
values:
  retirement:
    label: { zh: 法定退休日期, en: Retirement date }
    value: addYears(person.birthDate, 60)
`;
