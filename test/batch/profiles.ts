/** Varied applicants for batch tests: every program's section appears in some of them. */
export function applicant(i: number) {
  // Insured at 16 or later, and never more months of contributions than the months insured (`factRelations`).
  const late = i % 40 >= 34;
  return {
    person: {
      birthDate: `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
      sex: i % 2 ? "male" : "female",
      hukouRegion: i % 3 ? "340104" : "420102",
      fullCivilCapacity: true,
      povertyAlleviated: i % 4 === 0,
      employmentStatus: i % 6 ? "unemployed" : "employed",
    },
    case: { reference: `A-${i}` },
    pension: { region: "340104", asIndividual: i % 7 !== 0, continuousMonths: i % 30 },
    providentFund: { base: 3000 + (i % 5000), ratio: [0.05, 0.07, 0.12][i % 3] as number },
    unemployment: {
      insuredRegion: i % 2 ? "640121" : "640104",
      firstInsuredDate: late ? "2016-06-01" : "2010-06-01",
      // The tests evaluate on 2022-03-01: the 2022 扩围 covers only spells that began in 2022 (POLICY.md, Corrections 2026-12).
      unemployedSince: "2022-01-10",
      contributionMonths: Math.min(i % 130, late ? 68 : 140),
      involuntary: i % 3 !== 0,
      registered: true,
    },
    ...(i % 5 === 0
      ? {
          business: {
            region: "420102",
            kind: i % 2 ? "individual-business" : "micro-enterprise",
            licenseDate: "2021-03-01",
            operatingNormally: true,
            returnedHome: i % 10 === 0,
            startupSubsidyReceived: i % 15 === 0,
          },
        }
      : {}),
  };
}

/** The same applicant as a spreadsheet row: Chinese headers, and values the way an office writes them. */
export const SHEET_COLUMNS: readonly (readonly [string, (a: ReturnType<typeof applicant>) => unknown])[] = [
  ["经办档案编号", (a) => a.case.reference],
  ["就业状态", (a) => (a.person.employmentStatus === "unemployed" ? "失业" : "在职")],
  [
    "已领取过一次性创业补贴",
    (a) => (a.business ? (a.business.startupSubsidyReceived ? "是" : "否") : undefined),
  ],
  ["出生日期", (a) => a.person.birthDate.replace(/-0?/g, "/")],
  ["性别", (a) => (a.person.sex === "male" ? "男" : "女")],
  ["户籍所在地", (a) => a.person.hukouRegion],
  ["具备完全民事行为能力", (a) => (a.person.fullCivilCapacity ? "是" : "否")],
  ["脱贫人口", (a) => (a.person.povertyAlleviated ? "是" : "否")],
  ["养老保险参保地", (a) => a.pension.region],
  ["以个人名义参保", (a) => (a.pension.asIndividual ? "是" : "否")],
  ["正常连续缴纳月数", (a) => a.pension.continuousMonths],
  ["月缴存基数", (a) => a.providentFund.base],
  ["缴存比例", (a) => `${Math.round(a.providentFund.ratio * 100)}%`],
  ["失业保险参保地", (a) => a.unemployment.insuredRegion],
  ["首次参保日期", (a) => a.unemployment.firstInsuredDate],
  ["本次失业（停保）日期", (a) => a.unemployment.unemployedSince.replace(/-0?/g, "/")],
  ["累计缴费月数", (a) => a.unemployment.contributionMonths],
  ["非因本人意愿中断就业", (a) => (a.unemployment.involuntary ? "是" : "否")],
  ["已办理失业登记并有求职要求", (a) => (a.unemployment.registered ? "是" : "否")],
  ["经营地", (a) => a.business?.region],
  [
    "经营主体类型",
    (a) => (a.business ? (a.business.kind === "micro-enterprise" ? "小微企业" : "个体工商户") : undefined),
  ],
  ["领取营业执照日期", (a) => a.business?.licenseDate.replace(/-0?/g, "/")],
  ["正常经营", (a) => (a.business ? "是" : undefined)],
  ["返乡创业", (a) => (a.business ? (a.business.returnedHome ? "是" : "否") : undefined)],
];
