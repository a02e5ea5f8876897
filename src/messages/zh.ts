import { zhBatch } from "./batch/zh.js";
import { type Catalogue, linkedCatalogue } from "./catalogue.js";
import { zhCheck } from "./check/zh.js";
import { zhFacts } from "./facts/zh.js";
import { zhGeneral } from "./general/zh.js";
import { zhInputs } from "./inputs/zh.js";
import { zhLaw } from "./law/zh.js";
import { zhReport } from "./report/zh.js";
import { zhRuleSet } from "./ruleSet/zh.js";
import { zhWords } from "./words/zh.js";
import { writeFaultZh } from "./writeFault.js";

/** The Chinese catalogue: the default language of every command. */
export const zh: Catalogue = linkedCatalogue([zhGeneral, zhReport, zhWords, { ...zhCheck, ...zhLaw }], {
  ...zhFacts,
  ...zhInputs,
  ...zhBatch,
  ...zhRuleSet,
  "batch/rows": ({ n, failed }) => `共 ${n} 条记录，${failed} 条有错误`,
  "batch/notJson": ({ col }) => `这一行不是有效的 JSON 对象（第 ${col} 个字符处有误）`,
  "batch/perMonth": ({ v }) => `月合计 ${v}`,
  "batch/allPaid": ({ v }) => `总额 ${v}`,
  "batch/amountUnknown": ({ n }) => `金额待定 ${n}`,
  "batch/lawUnknownApart": ({ n }) => `政策待确认的 ${n} 条不计入总额`,
  "batch/caveated": ({ n }) => `其中须核实 ${n}`,
  "batch/reform": ({ params }) => `改革测算（同一批记录、同一评估日期）：${params}`,
  "batch/changed": ({ n }) => `结果有变化的记录：${n} 条`,
  "batch/notApplicable": ({ n }) => `不适用：${n}`,
  "batch/hiddenSkipped": ({ sheets, sheet }) => `已跳过隐藏的工作表 ${sheets}，读取“${sheet}”`,
  "batch/otherSheets": ({ sheet, others }) =>
    `只读取第一个可见工作表“${sheet}”；另有 ${others}（用 --sheet <名称或序号> 选择；序号只数可见的工作表）`,
  "batch/mergedSpread": ({ ranges, n }) =>
    `${n} 处纵向合并单元格（${ranges}${n > 5 ? " 等" : ""}）：其值用于所覆盖的每一行`,
  "batch/serialDates": ({ columns, system, n }) =>
    `日期列 ${columns} 中有 ${n} 个单元格是普通数字，已按本工作簿的 ${system} 日期系统读作 Excel 日期序号（将该列设为日期格式可避免歧义）`,
  "batch/titleRows": ({ from, to, header }) =>
    from === to
      ? `第 ${from} 行在表头之上（标题），已跳过；表头在第 ${header} 行`
      : `第 ${from}–${to} 行在表头之上（标题），已跳过；表头在第 ${header} 行`,
  "batch/inputChanged": ({ file, read, size }) =>
    `${file} 在读取过程中被改动（读到 ${read} 字节，现在 ${size} 字节）：可能还在导出或复制中。请等文件完整后重新运行`,
  "batch/mixedEncoding": ({ file, line }) =>
    `${file} 第 ${line} 行：这里的字节不是 UTF-8，而前文是 UTF-8——文件混用了编码。请统一另存为 UTF-8，或用 --encoding 指定编码`,
  "batch/brokenQuote": ({ file, line }) =>
    `${file} 第 ${line} 行：从这里开始的记录引号不成对，读不下去（单元格中的引号应写成两个 ""）`,
  "batch/recordTooLarge": ({ file, line, what, limit }) =>
    `${file} 第 ${line} 行：这条记录${
      what === "columns"
        ? `超过 ${limit} 列`
        : what === "cell"
          ? `有单元格超过 ${limit} 个字符`
          : `超过 ${limit} 个字符`
    }，超出 butie 的读取上限，读不下去`,
  "batch/keptStdout": ({ n }) => `在此之前的 ${n} 条记录已评估并输出；其后的记录没有读取`,
  "batch/keptNoFile": ({ n, out }) => `此前已评估 ${n} 条记录，但没有写出 ${out}（原有文件未改动）`,
  "output/writeFailed": ({ code }) => `无法写出输出（标准输出）：${writeFaultZh(code)}`,
  "batch/interrupted": ({ signal }) => `已中断（${signal === "SIGINT" ? "Ctrl-C" : signal}）`,
  "batch/asOf": ({ date }) => `评估日期 ${date}`,
  "batch/assumedLine": ({ n, text }) => `其中 ${n} 条符合条件的结论按假定：${text}`,
  "batch/notThisRoster": ({ programs }) => `不涉及本名册的项目（没有一条记录在其地区或情形内）：${programs}`,
  "batch/notThisRosterPlace": ({ n }) => `其中 ${n} 条记录未填写所在地：若其人在该地区，补充后另行核对`,
  "batch/placeNotGiven": ({ n }) => `所在地未填 ${n}`,
  "batch/noTerm": "无固定期限，不计总额",
  "batch/pending": "待定",
  "batch/eligibilityOnly": "仅判定资格，无金额",
  "batch/knownPart": ({ v, n }) => `${v}，另有 ${n} 条待定`,
  "batch/column": ({ program, column }) => `${program}·${column}`,
  "batch/col/row": "行号",
  "batch/col/errors": "错误",
  "batch/col/asOf": "评估日期",
  "batch/col/status": "结论",
  "batch/col/amount": "金额（元）",
  "batch/col/per": "发放方式",
  "batch/col/months": "月数",
  "batch/col/total": "总额（元）",
  "batch/col/missing": "需补充",
  "batch/col/caveats": "须核实",
  "batch/col/priority": "优先",
  "batch/col/exclusions": "不得同时享受",
  "batch/col/assumed": "按假定",
  "batch/col/reformed": ({ column }) => `${column}（改革后）`,
  "batch/per/once": "一次性",
  "batch/per/month": "每月",
  "batch/yes": "是",
  "batch/no": "否",
  "batch/column-empty": ({ index }) => `第 ${index} 列没有表头（请填写列名，或删除该列）`,
  "batch/column-ambiguous": ({ header, choices }) =>
    `列“${header}”可以指 ${choices.zh}：请在列名前写上所属部分，或写字段路径`,
  "batch/column-unknown": ({ header, suggestion }) =>
    `列“${header}”不对应任何档案字段${suggestion ? `（是否指 ${suggestion.zh}？）` : ""}；可在 --columns 中对应（“${header}: <字段路径>”，或“~”忽略该列）；butie batch <文件> --list-columns 列出可用列名并给出对应建议`,
  "batch/column-twice": ({ before, header, field }) => `列“${before}”和“${header}”都填写 ${field}`,
  "batch/atColumn": ({ index, header, problem }, inner) => `第 ${index} 列（${header}）：${inner(problem)}`,
  "batch/rowProblem": ({ problem }, inner) => inner(problem),
  "batch/listSeparator": "、",
  "batch/columnsHead":
    "可用的列名：表头写中文标签、英文标签或字段路径均可；标有“·”的标签为多个部分共用，须连同部分名称一起写",
  "batch/columnsValues": ({ values }) => `（填写：${values}）`,
  "batch/columnsYesNo": "是、否",
  "batch/columnsChoice": ({ path, label }) => `${path}（${label}）`,
  "batch/columnsChoose": ({ choices }) => `请选择其一：${choices}`,
  "batch/columnsNone": "未找到相近的字段：不需要就保留 ~（忽略该列）",
  "batch/columnsAllKnown": "表头的每一列都对应档案字段，无需 --columns\n",
  "batch/columnsFor": ({ file }) =>
    `${file} 的表头中没有对应字段的列，建议的 --columns 对应（存为 map.yaml 并选定后使用）：`,
  "batch/paramChange": ({ program, parameter, change }) => `${program}·${parameter}：${change}`,
  "batch/fromDate": ({ date, values }) => `自${date}起 ${values}`,
  "batch/changeOrigin": ({ change, origin }) => `${change}（${origin}）`,
  "batch/draftValue": ({ source }) => `草案值，依据：${source}`,
  "batch/paramTiers": ({ program, problem }, inner) =>
    `--param 使 ${program} 的档次不成立（与 check 对规则文件的检查相同）：${inner(problem)}`,
  "tier/empty": ({ tier, from, below }) => `第${tier}档为空：起点 ${from} 不小于上限 ${below}`,
  "tier/overlap": ({ tier, from, below }) =>
    `第${tier}档（自 ${from} 起）与第${tier - 1}档（低于 ${below}）重叠`,
  "tier/gap": ({ tier, end, start }) =>
    `${end} 至 ${start} 之间没有档次：第${tier - 1}档止于 ${end} 以下，第${tier}档从 ${start} 起`,
  "tier/onDate": ({ problem, y, m, d }, inner) =>
    `${inner(problem)}（按${inner({ code: "words/date/day", params: { y, m, d } })}起的参数值）`,
  "check/horizonBeforeStart": ({ key, on, what, since }) =>
    `${key} 的日期 ${on} 早于 ${what} 的起始日 ${since}：尚未施行的规定或标准不会从此前“起未知”；请改正该日期（或删去 ${key}）`,
  "check/horizonBeforeConfirmed": ({ key, on, confirmed }) =>
    `${key} 的日期 ${on} 早于来源确认的日期 ${confirmed}：来源在 ${confirmed} 确认过的值此前并非未知；请改正其中一个日期`,
  "check/confirmedFuture": ({ on, today }) =>
    `confirmed 的日期 ${on} 晚于今天（${today}）：来源不可能出自将来；请填写来源的发布或确认日期`,
  "param/warning": ({ message }) => `警告：${message}`,
  "param/startsLater": ({ name, asOf, since }) =>
    `${name} 自 ${since} 起适用，${asOf} 当天尚未生效：它只作用于 ${since} 起的月份（如按月发放金额的后续月份）`,
  "param/shadowed": ({ name, asOf, since, value, origin }) =>
    `${name} 在 ${asOf} 不适用：当时生效的是 ${since} 起的较新值（${value}，${origin}）。去掉日期可覆盖所有日期，或把日期定为 ${since} 或更晚`,
  "fixture/programNotLoaded": ({ id, file }) =>
    `项目 \`${id}\` 未能载入：其规则文件 ${file} 有错误（见该文件的报错）；本文件中检验它的用例都未运行`,
  "check/unknownUnit": ({ name, unit, known, suggestion }) =>
    `参数 \`${name}\` 的单位 \`${unit}\` 不是已知单位（${known}）${suggestion}`,
  "check/bareAmount": ({ value }) =>
    `金额写成了裸数字 ${value}：请写成带日期取值和出处（ref）的命名参数（docs/rules.md §3）`,
  "check/jurisdictionName": ({ code, name, official }) =>
    `地区名称“${name}”与代码 ${code} 不符：${code} 是${official}；请改正名称或代码`,
  "check/tierFloor": ({ id, by, least, lowest }) =>
    `条件 ${id} 允许 ${by} 为 ${least}，但最低档次从 ${lowest} 起：${least} 至 ${lowest} 以下符合条件却没有金额；请让档次与条件从同一个数开始`,
  "batch/draftRules": ({ dirs }) => `规则草案 ${dirs}（与现行内置规则相比）`,
  "ask/noTty":
    "butie ask 需要在终端中交互运行。没有终端时，请用 `butie eval <档案文件>` 评估档案，或用 `butie ask --replay <档案文件>` 回放问卷。",
  "ask/situations": "以下哪些情况适用于您？（空格键选择，回车确认；都不适用可直接回车）",
  "ask/replayOf": ({ file }) => `问卷回放：${file}`,
  "ask/situationsChosen": ({ list }) => `情形：${list}`,
  "ask/situationUnemployment": "我失业了（参加过失业保险）",
  "ask/situationBusiness": "我在经营企业或个体户",
  "ask/situationEmployer": "我代表用人单位（吸纳人员就业）",
  "ask/situationTraining": "我在参加职业技能培训",
  "ask/situationWelfarePost": "我在乡村公益性岗位",
  "ask/elsewhereHint": ({ file }) => `用 npx butie eval ${file} --all 查看这些项目的详情。`,
  "ask/situationPerson": ({ titles }) => `按户籍所在地办理的项目（${titles}）`,
  "ask/asked": ({ n }) => `共提问 ${n} 个问题。`,
  "ask/nothingToAsk": "没有需要询问的问题。",
  "ask/declinedHeader": "您选择「不知道 / 跳过」的问题，仍影响以下结果：",
  "ask/saved": ({ file, command }) => `答案已保存到 ${file}（再次评估：${command}）。`,
  "ask/back": "← 返回上一题（修改答案）",
  "ask/backHint": "输入 < 返回上一题",
  "ask/hints": ({ hints }) => `（${hints}）`,
  "ask/hintSeparator": "；",
  "ask/keyNavigate": "移动",
  "ask/keySelect": "选择",
  "ask/keyAll": "全选",
  "ask/keyInvert": "反选",
  "ask/keySubmit": "确认",
  "ask/wentBack": "已返回上一题。",
  "ask/gloss": ({ gloss }) => `（${gloss}）`,
  "ask/coarsePlace":
    "不清楚区县？可以只选所在的市或省（输入名称搜索）。这样只能判断全市、全省适用的项目，区县的项目仍待定：",
  "ask/placeSearchHint": "（输入地名或拼音搜索）",
  "ask/saveIsReplay": ({ file }) =>
    `--save ${file} 与 --replay 是同一个文件：回放不会覆盖原档案，请换一个文件名`,
  "ask/savedHeader": ({ today, asOf, command }) =>
    `# butie ask：${today} 填写的答案，评估日期 ${asOf}。再次评估：${command}`,
  "ask/idNotSaved": "（身份证号码未保存：文件中只保留由它得出的出生日期和性别）",
  "ask/interrupted": "已中断。",
  "ask/notSaved": ({ n }) => `已回答的 ${n} 个问题没有保存（下次可加 --save <文件> 保存答案）。`,
  "ask/partialSaved": ({ n, file }) => `已将已回答的 ${n} 个问题保存到 ${file}（未完成的问卷）。`,
  "ask/progress": ({ decided, total, eligible, ineligible, open }) =>
    `已确定 ${decided}/${total} 项（符合 ${eligible}，不符合 ${ineligible}，待定 ${open}）`,
  "ask/listSeparator": "；",
  "ask/titleSeparator": "、",
  "batch/program": "项目",
  "batch/monthly": "月发放合计（元）",
  "batch/total": "发放总额（元）",
  "batch/money": "金额（元）",
  "batch/none": "（无参数变化——基线自检）",
  "batch/transitions": "结论变化（行：现行规则，列：改革后）",
  "batch/gain": "新获资格",
  "batch/lose": "失去资格",
  "batch/paidMore": "领取增加",
  "batch/paidLess": "领取减少",
  "batch/unknownAmounts": "总额待定人数（未计入发放总额）",
  "batch/unknownRows": ({ rows }) => `金额待定的记录：第${rows}行`,
  "batch/unknownRowsMore": ({ rows, n }) => `金额待定的记录：第${rows}行等${n}人`,
  "batch/newDouble": ({ n, other }) =>
    `⚠ 改革后新出现 ${n} 人同时符合本项目与“${other}”，两者不得同时享受：须择一发放（两个项目的合计都计入了此人）`,
  "batch/beneficiaries": "受益人数",
  "batch/before": "现行",
  "batch/after": "改革后",
  "batch/delta": "变化",
  "ask/dontKnow": "不知道 / 跳过",
  "ask/emptyIsSkip": "直接回车 = 不知道 / 跳过",
  "ask/orIdNumber": "也可输入18位身份证号码",
  "ask/byIdNumber": "输入身份证号码（可得出出生日期和性别）",
  "ask/idNumberPrompt": "请输入18位居民身份证号码：",
  "ask/noneOfTheAbove": "以上都不是",
  "ask/exclusive": "「不知道」和「以上都不是」不能与其他选项同选",
  "ask/atLeastOne": "请至少选一项（可选「不知道 / 跳过」）",
  "ask/listFill": "逐一填写",
  "ask/listNone": "没有",
  "ask/anyoneElse": "还有其他人员吗？",
  "ask/idMismatch": "该身份证号码与您已填写的出生日期或性别不符",
  "ask/question": ({ label }) => `${label}？`,
  "ask/recordQuestion": ({ n, list, question }) => `第${n}名${list}：${question}`,
  "ask/yes": "是",
  "ask/no": "否",
  "ask/answerYes": "是",
  "ask/answerNo": "否",
  "ask/noneOfThese": "都不是",
  "ask/recordCount": ({ n }) => `${n}名`,
  "ask/withUnit": ({ value, unit }) => `${value}${unit}`,
  "ask/fromIdNumber": ({ id }) => `由身份证号码 ${id} 得出`,
  "fact/unknown-section": ({ hint }) => `未知的部分${hint ? `（是否想写 \`${hint}\`？）` : ""}`,
  "fact/unknown-field": ({ hint }) => `未知的字段${hint ? `（是否想写 \`${hint}\`？）` : ""}`,
  "fact/atPath": ({ path, problem }, inner) => `\`${path}\`: ${inner(problem)}`,
  "fact/profile-mapping": "档案应当是若干部分的映射，例如 `person:`",
  "fact/section-mapping": "应当是字段的映射",
  "fact/list": "应当是列表",
  "fact/record-mapping": "应当是映射",
  "fact/too-many-records": ({ n, max }) => `共 ${n} 条，最多接受 ${max} 条`,
  "fact/id-birth-mismatch": "与身份证号码中的出生日期不一致",
  "fact/id-sex-mismatch": "与身份证号码中的性别不一致",
  "fact/not-number": ({ value }) => `${value} 不是一个数；请只写数字，如 12 或 5000元`,
  "fact/not-decimal-notation": ({ value }) => `${value} 不是十进制写法；请写普通的数字，如 31`,
  "fact/grouping": ({ value }) =>
    `${value} 中的逗号或空格位置不对，看不出是哪个数；请只写数字（千位分隔须每三位一个，如 5,000）`,
  "fact/money-decimals": ({ value }) =>
    `${value}：金额最多写到分（两位小数）；如果是一千五百元这样的数，请不用小数点分隔，写 1500`,
  "fact/too-large": ({ value }) => `${value} 数值过大`,
  "fact/too-small": ({ value }) => `${value} 数值过小`,
  "fact/too-many-digits": ({ value }) => `${value} 位数过多`,
  "fact/whole": ({ value }) => `应为整数，${value} 不是整数`,
  "fact/min": ({ value, min }) => `${value} 小于最小值 ${min}`,
  "fact/max": ({ value, max }) => `${value} 大于最大值 ${max}`,
  "fact/one-of": ({ value, choices }) => `${value} 不在可选值 ${choices} 之中`,
  "fact/ratio-over-one": ({ value, percent }) =>
    `比例请写成百分数或小数：如果是指 ${value}%，请写 ${value}% 或 ${percent}`,
  "fact/not-calendar-day": ({ value }) => `${value} 不是有效的日期（没有这一天）`,
  "fact/region-shape": ({ value }) => `应为6位地区代码或地名，实际为 ${value}`,
  "fact/wrong-unit": ({ value, unit }) =>
    `${value} 的单位与本项不符：本项以「${({ months: "个月", years: "岁", yuan: "元", "yuan/month": "元/月", ratio: "比例" } as Record<string, string>)[unit] ?? "数"}」计`,
  "fact/numerals": ({ value, read }) => `${value} 按${read}计`,
  "fact/years-as-months": ({ value, months }) => `${value} 按${months}个月计`,
  "fact/sheet-digits": ({ value, read }) =>
    `${value} 按表格显示的 ${read} 计（电子表格只显示和比较15位有效数字，其后的数字是公式计算的误差）`,
  "fact/boolean": ({ value }) => `应填 是 或 否，实际为 ${value}`,
  "fact/date": ({ value }) => `${value} 不是有效的日期；请写年月日，如 2021年9月1日 或 2021/9/1`,
  "fact/date-range": ({ value, from, to }) => `${value} 超出支持的范围（${from}–${to} 年）`,
  "fact/region-code": ({ value }) => `${value} 不是有效的 GB/T 2260 地区代码`,
  "fact/region-unknown": ({ value }) => `找不到地区 ${value}；请写地名（如 合肥市蜀山区）或6位地区代码`,
  "fact/region-ambiguous": ({ value, candidates }) =>
    `${value} 有多处同名：${candidates.zh}；请写得更具体（加上省、市），或写6位地区代码`,
  "fact/place-read": ({ value, place }) => `${value} 按 ${place.zh} 计`,
  "fact/placeWithCode": ({ name, code }) => `${name}（${code}）`,
  "fact/enum": ({ value, choices, hint }) =>
    `应为 ${choices.zh} 之一，实际为 ${value}${hint ? `（是否想写 ${hint.zh}？）` : ""}`,
  "fact/enum-list": ({ values, choices }) => `不在 ${choices.zh} 之中：${values}`,
  "fact/text": ({ value }) => `应为文字，实际为 ${value}`,
  "fact/text-long": ({ limit }) => `超过 ${limit} 个字符`,
  "fact/text-id": "不得包含身份证号码",
  "fact/id-as-number":
    "身份证号码被存成了数字：电子表格只保留15位有效数字，后几位（含性别位和校验码）可能已被改动；请把该列设为文本后重新录入",
  "fact/id-text": ({ value }) => `身份证号码应为18位（最后一位可以是X），实际为 ${value}`,
  "fact/id-invalid": ({ reason }) =>
    `身份证号码无效（${{ length: "长度", format: "格式", "birth-date": "出生日期", checksum: "校验码" }[reason]}）`,
  "fact/not-one-value": ({ value }) => `应为单个值，实际为 ${value}`,
  // How facts are read from files and cells (inputs report)
  "fact/id-short": ({ digits }) =>
    digits === 15
      ? "这是15位的第一代身份证号码；请填写18位的第二代身份证号码"
      : "身份证号码只有17位，缺少最后一位校验码（可能是X）",
  "fact/id-zeroed-tail":
    "身份证号码末三位是000：电子表格曾把它存成数字（只保留15位有效数字），后几位（含性别位和校验码）已被改成0；请把该列设为文本、重新录入后再导出",
  "fact/not-number-as": ({ value, unit }) =>
    `${value} 不是一个数；请只写数字，如 ${{ months: "12 或 1年6个月", years: "50", yuan: "5000 或 5000元", "yuan/month": "5000 或 5000元", ratio: "8% 或 0.08" }[unit]}`,
  "batch/formulaNoValue":
    "公式没有计算结果（文件由程序生成、未在电子表格软件中保存过）；请在电子表格软件中打开并保存后再导出",
});
