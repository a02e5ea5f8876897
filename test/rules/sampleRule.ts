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
