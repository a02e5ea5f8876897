/**
 * Insured in Yinchuan (Xingqing, 640104, a class-1 area) since 2019-06-01 with 8 months of contributions, out of
 * work not by choice and registered: the 80% tier of the Ningxia unemployment subsidy; not the benefit (12 months).
 */
export const INSURED_8_MONTHS = {
  insuredRegion: "640104",
  firstInsuredDate: "2019-06-01",
  contributionMonths: 8,
  involuntary: true,
  registered: true,
} as const;

/** Registered unemployed in Lianyun District on 低保: eligible for its public-welfare posts (open from 2021-08-25). */
export const WELFARE_POST = {
  person: {
    employmentStatus: "unemployed",
    hukouRegion: "320703",
    employmentDifficulty: ["min-living-allowance"],
    birthDate: "1985-06-15",
    sex: "male",
  },
  unemployment: { registered: true },
};
