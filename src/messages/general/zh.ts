import type { Entry } from "../catalogue.js";
import { writeFaultZh } from "../writeFault.js";
import type { GeneralParams } from "./params.js";

/** Chinese words of the general messages: usage, files, statuses, units, currency, rules. */
export const zhGeneral = {
  "usage/as-of": ({ value }) => `--as-of ${value} 不是有效日期（应为 YYYY-MM-DD）`,
  "usage/as-of-years": ({ value, from, to }) => `--as-of ${value}：请给出 ${from}–${to} 年之间的日期`,
  "usage/stdin-twice": "标准输入（-）只能读取一次",
  "usage/program-missing": "--program 需要项目编号；请查看 `butie rules list`",
  "usage/program-unknown": ({ id, suggestion }) =>
    `未知的项目 \`${id}\`${suggestion ? `（是否想写 \`${suggestion}\`？）` : ""}`,
  "usage/param-unknown": ({ program, parameter, suggestion }) =>
    `${program} 没有参数 \`${parameter}\`${suggestion ? `（是否想写 \`${suggestion}\`？）` : ""}`,
  "usage/param-kind": ({ name, want, value, got }) => `${name} 应为 ${want}；${value} 给出的是 ${got}`,
  "usage/param-shape": ({ text }) => `--param ${text}：应为 <项目>.<参数>[@YYYY-MM-DD]=<值>`,
  "usage/param-date": ({ text, date }) => `--param ${text}：${date} 不是有效日期`,
  "usage/param-one-of": ({ name, allowed, value }) =>
    `${name} 只能是 ${allowed.join(" 或 ")}；${value} 无法按所给值计算`,
  "usage/param-unit": ({ name, problem, key, value }, inner) =>
    `${name}：${key === undefined ? inner(problem) : inner({ code: "words/unit-entry", params: { key, problem: inner(problem) } })}（${value}）`,
  "usage/region": ({ value }) => `--region ${value} 不是有效的 GB/T 2260 地区代码`,
  "usage/param-too-long": ({ option, limit }) =>
    `--param ${option}：值超过 ${limit} 个字符；参数值应是数字、日期或简短的词`,
  "usage/encoding": ({ value }) => `--encoding ${value}：未知的编码（可用 utf8、gbk 或 gb18030）`,
  "usage/jobs": ({ value, max, cores }) =>
    `--jobs ${value}：应为 1 到 ${max} 之间的整数（本机 ${cores} 个处理器；线程再多只会更慢、更占内存）`,
  "usage/stale-years": ({ value }) => `--stale-years ${value}：应为年数，不小于 1 的整数（如 5）`,
  "check/from-build": "（沿用构建时对内置规则的检查结果：rules/ 下的文件此后均未改动）",
  "usage/xlsx-needs-out": "--format xlsx 输出为文件：请用 --out <文件.xlsx> 指定",
  "usage/save-no-directory": ({ file, dir }) => `--save ${file}：目录 ${dir} 不存在`,
  "usage/save-is-directory": ({ file }) => `--save ${file}：这是一个目录`,
  "usage/save-failed": ({ file, reason }) => `无法写入 ${file}：${reason}`,
  "usage/unknown-option": ({ option, suggestion }) =>
    `未知选项 '${option}'${suggestion ? `（是否想用 ${suggestion}？）` : ""}`,
  "usage/unknown-command": ({ command, suggestion }) =>
    `未知命令 '${command}'${suggestion ? `（是否想用 ${suggestion}？）` : ""}`,
  "usage/missing-argument": ({ name }) => `缺少必需的参数 '${name}'`,
  "usage/option-needs-value": ({ option }) => `选项 '${option}' 需要一个值`,
  "usage/option-choice": ({ option, value, choices }) =>
    `选项 '${option}' 的值 ${value} 无效，可选值：${choices}`,
  "usage/too-many-arguments": ({ command, expected, got }) =>
    `${command ? `'${command}' 的` : ""}参数过多：应为 ${expected} 个，实际 ${got} 个`,
  "file/directory": "无法读取：这是一个目录",
  "file/fifo": "无法读取：这是管道（FIFO），不是普通文件",
  "file/device": "无法读取：这是设备文件，不是普通文件",
  "file/socket": "无法读取：这是套接字，不是普通文件",
  "file/not-regular": "无法读取：这不是普通文件",
  "file/no-such-file": "无法读取：文件不存在",
  "file/not-a-directory": "无法读取：路径中有一部分不是目录",
  "file/permission": "无法读取：没有读取权限",
  "file/loop": "无法读取：符号链接过多（可能循环）",
  "file/name-too-long": "无法读取：文件名过长",
  "file/io-error": ({ code }) => `无法读取：${code}`,
  "file/too-large": ({ size }) => `文件超过 ${size}，超出 butie 可读取的上限`,
  "file/utf16":
    "文件编码为 UTF-16（Windows PowerShell 用 `>` 输出时的编码）；请另存为 UTF-8，例如 `Out-File -Encoding utf8`",
  "file/utf32": "文件编码为 UTF-32；请另存为 UTF-8",
  "file/binary": "这不是文本文件（含有 NUL 字节）；请提供 YAML 或 JSON 文件",
  "file/not-utf8": "文件不是有效的 UTF-8 编码（可能是 GBK）；请另存为 UTF-8",
  "file/too-deep": ({ limit }) => `文件嵌套过深（超过 ${limit} 层；档案或规则文件只需几层）`,
  "file/yaml-quote-braces": ({ reason }) =>
    `YAML 格式错误：${reason}——这一行的文字含有 {…}（占位符），在 { … } 中须加引号，如 "累计缴费满{minimumMonths}个月"`,
  "file/json-strict": ({ reason }) => `不是严格的 JSON：${reason}（.json 文件不允许注释、末尾逗号或单引号）`,
  "file/yaml-collection-key": "键不能是列表或映射（`[…]`、`{…}`、`? - …`）：请写一个字段名",
  "file/yaml-directive": "不接受 `%` 指令：butie 按所写内容读取 YAML 1.2",
  "file/yaml-tag": ({ tag }) => `不接受 \`${tag}\` 这样的标签；请直接写值`,
  "file/number-infinite": ({ value }) => `${value} 数值过大（或不是数）；数必须是有限的`,
  "file/duplicate-key": ({ key }) => `同一层中键 ${key} 写了两次；请只保留一个`,
  "file/reserved-name": ({ name }) => `${name} 不能用作分组或字段的名称；请换一个名称`,
  "file/csv-quote": '有一个带引号的单元格没有结束：以 `"` 开始，直到文件末尾都没有结束的 `"`',
  "file/not-zip": "这不是 .xlsx 文件（.xlsx 是 zip 压缩包）；请将表格另存为 .xlsx 或 CSV",
  "file/ole": "这是旧格式（.xls）或设有密码的工作簿，butie 无法打开；请取消密码并另存为 .xlsx 或 CSV",
  "file/truncated": "工作簿不完整（下载或复制未完成？）；请重新保存",
  "file/dtd": "工作簿声明了 XML 实体（DTD），butie 不接受；请用电子表格软件重新保存",
  "file/cell-ref": ({ ref }) => `单元格引用 ${ref} 超出工作表的最后一列 XFD 或第 1048576 行`,
  "file/too-many-columns": ({ limit }) => `有一行超过 ${limit} 列，超出 butie 可读取的上限`,
  "file/cell-too-long": ({ limit }) => `有一个单元格超过 ${limit} 个字符，超出 butie 可读取的上限`,
  "file/too-many-strings": ({ limit }) => `工作簿中不同的文本超过 ${limit} 个，超出 butie 可读取的上限`,
  "file/unpacked-too-large": ({ size }) => `工作簿解压后超过 ${size}，超出 butie 可读取的上限`,
  "file/sheet-too-many-cells": ({ limit }) =>
    `工作表中有内容的单元格超过 ${limit} 个，超出 butie 一次可读取的上限；请把名单拆成几个文件，或另存为 CSV`,
  "file/row-too-large": ({ size }) => `工作表中一行的内容超过 ${size}，超出 butie 可读取的上限`,
  "file/number-notation": ({ value }) =>
    `${value} 不是十进制数（十六进制、八进制或二进制写法）；请用十进制数字书写`,
  "file/names-directory": ({ file }) =>
    `无法写入 ${file}：这个名字以 /（或 /.、/..）结尾，指的是目录，不是文件；请给出文件名`,
  "file/write-not-regular": ({ file }) =>
    `无法写入 ${file}：它不是普通文件（而是设备、管道、目录或符号链接）；请给出文件名`,
  "file/write-failed": ({ file, code }) => `无法写入 ${file}：${writeFaultZh(code)}`,
  "file/no-directory": ({ file, dir }) => `无法写入 ${file}：目录 ${dir} 不存在`,
  "diagnostic/warning": ({ message }) => `（警告）${message}`,
  "usage/sheet-missing": ({ file, sheet, sheets, hidden }) =>
    `${file}：${sheet ? `没有工作表“${sheet}”（可见的工作表按序号：${sheets || "无"}；序号只数可见的工作表）` : "没有可见的工作表"}${hidden ? `；隐藏的工作表：${hidden}（按名称选择）` : ""}`,
  "usage/sheet-unreadable": ({ file, reason }) => `${file}：读不出这个表格文件（${reason}）`,
  "usage/header-row": ({ value }) => `--header-row ${value}：应为行号（1 起的整数）`,
  "usage/header-row-empty": ({ file, row }) => `${file}：第 ${row} 行是空行或不存在，不能作表头`,
  "usage/no-header-row": ({ file, rows, first }) =>
    `${file}：从第 ${first} 行起的 ${rows} 行中找不到表头（没有一格是已知的列名）。用 --header-row <行号> 指出表头所在行；列名可用 butie batch --list-columns 查看，不同的列名用 --columns 对应`,
  "usage/no-field-columns": ({ file, row }) =>
    `${file}：表头（第 ${row} 行）没有一列对应档案字段，每条记录都会是空的；请用 --header-row 指出真正的表头行，或用 --columns 对应列名`,
  "status/eligible": "符合条件",
  "status/undetermined": "需补充信息",
  "status/ineligible": "不符合条件",
  "status/not-applicable": "不适用",
  "status/lawUnknown": "政策待确认",
  "reason/not-in-force": "评估日期不在政策有效期内",
  "reason/outside-jurisdiction": "不在政策适用地区",
  "reason/no-section": "档案未涉及该情形",
  "currency/caveat": ({ items }) =>
    `以下规定或标准经公开来源确认的最后日期早于本次评估（或发放月份），请向经办机构核实是否仍然适用：${items}`,
  "currency/item": ({ what, confirmed, horizon }) =>
    `${what}：${[confirmed, horizon].filter(Boolean).join("，")}`,
  "currency/term": "本项目是否仍在实施",
  "currency/confirmed": ({ on, source }) => `来源确认至${on}（${source}）`,
  "currency/horizon": ({ on }) => `${on}起未知`,
  "currency/several": ({ first, n }) => `${first}等${n}项`,
  "currency/fact": ({ what, since, on, source, why, unknownFrom }) =>
    `${what}（${since}起）：${on ? `最后经公开来源确认于${on}（${source}）` : "无来源确认日期"}${unknownFrom ? `；${why}，${unknownFrom}起未知` : ""}`,
  "currency/unknownAmount": ({ label, on, why, last, since }) =>
    `金额未知：${label}自${on}起未知（${why}），未见公布新标准；最后已知为 ${last}（${since}起）`,
  "currency/inForceOpen": ({ on, why }) => `${on}起是否仍在实施，未见公开来源确认（${why}）`,
  "currency/ifInForce": ({ amount }) => `若仍在实施：${amount}`,
  "ui/asOf": "评估日期",
  "ui/today": "（今天，默认值）",
  "ui/program": "项目",
  "ui/status": "结论",
  "ui/amount": "金额",
  "ui/arithmetic": "计算",
  "ui/inputs": "数据",
  "ui/parameters": "参数",
  "ui/conditions": "条件",
  "ui/missing": "还需提供",
  "ui/sources": "依据",
  "ui/since": "自",
  "ui/perMonth": "元/月",
  "ui/once": "元（一次性）",
  "ui/atMostMonths": "最长 {n} 个月，合计 {total} 元",
  "ui/unknownAmount": "金额待定",
  "ui/noResults": "没有相关项目。用 --all 查看全部项目。",
  "ui/case": "适用档次",
  "ui/monthsCase": "月数档次",
  "ui/namedValues": "中间值",
  "ui/note": "说明",
  "ui/unknown": "未知",
  "ui/overridden": "已覆盖",
  "ui/upTo": "最高 ",
  "ui/notMet": "未满足",
  "ui/reasons": "理由",
  "ui/namedPlain": "中间值",
  "ui/monthsCasePlain": "月数档次",
  "ui/schedule": "逐月发放",
  "ui/caveats": "须经办人员核实",
  "ui/priority": "优先",
  "ui/questions": "待补充",
  "ui/elsewhere": "其他地区的项目（所在地未填写，仅在您属于该地时相关）",
  "ui/elsewhereHint": "用 --all 查看这些项目的详情。",
  "ui/monthsTotalUnknown": ({ head, months }) => `${head}，共${months}，合计待定`,
  "ui/kind/paid-by-person": "这是本人缴存的金额：由本人缴入本人账户，不是领取的钱",
  "ui/kind/paid-to-employer": "这是发给用人单位的奖补，不是发给个人的钱",
  "ui/paidIn": "缴存",
  "ui/withParenthesis": ({ text, assumed }) => `${text}（${assumed}）`,
  "ui/clauseSeparator": "；",
  "ui/othersSummary": ({ held, open }) =>
    `其余${held ? `${held}项条件已满足` : ""}${held && open ? "，" : ""}${open ? `${open}项待确认` : ""}`,
  "ui/toBeDecided": "待定",
  "ui/priorityYes": "属于优先对象",
  "ui/priorityNo": "不属于优先对象",
  "ui/priorityOpen": "是否优先尚待确认",
  "ui/undeterminedNeeds": ({ n }) => `还不能确定：需补充${n}项信息`,
  "ui/lawUnknown": ({ on, ifInForce }) =>
    `还不能确定：${on}起是否仍在实施，未见公开来源确认${ifInForce ? `；${ifInForce}` : ""}`,
  "ui/ineligibleBecause": ({ first, n }) => `不符合条件：未满足“${first}”${n > 1 ? `等${n}项条件` : ""}`,
  "ui/eligible": "符合条件",
  "ui/eligibleNote": ({ note }) => `符合条件；${note}`,
  "ui/eligibleAmountOpen": "符合条件，金额还取决于未填写的信息",
  "ui/eligibleAmount": ({ amount }) => `符合条件，预计${amount}`,
  "ui/perMonthAmount": ({ v, upTo }) => `每月${upTo ? "最高" : ""}${v}`,
  "ui/onceAmount": ({ v, upTo }) => `一次性${upTo ? "最高" : ""}${v}`,
  "ui/monthlyFrom": ({ month, v }) => `${month}起每月${v}`,
  // fix-render (law F6): a monthly amount unknown from a later month.
  "ui/unknownFrom": ({ month }) => `${month}起未知`,
  "ui/listComma": "，",
  "ui/monthsAndTotal": ({ head, months, total }) => `${head}，最长${months}，合计${total}`,
  "ui/possibleValues": ({ values }) => `：可能为${values}`,
  "ui/possibleRange": ({ lo, hi }) => `：至少${lo}，至多${hi}`,
  "ui/elsewhereLine": ({ label, where, title, shown, total }) =>
    `若${label}在${where}：${title}${shown ? ` — 还需 ${shown}${total > 3 ? `等${total}项` : ""}` : ""}`,
  "ui/setBy": ({ label, value, by }) => `${label} ${value}：由 ${by} 指定`,
  "ui/recordsPassed": ({ label, n, passed, people }) =>
    people ? `${label}：${n}人中${passed}人符合` : `${label}：${n}条中${passed}条符合`,
  "ui/recordNumber": ({ n, people }) => (people ? `第${n}名` : `第${n}条`),
  "ui/recordNotMet": ({ failed }) => `未满足${failed}；`,
  "ui/enumComma": "、",
  "ui/or": "或",
  "ui/recordLine": ({ mark, n, why, values }) => `${mark} ${n}：${why}${values}`,
  "ui/replaced": ({ file, replaces, bundled }) =>
    `本地规则 ${file} 替换了${bundled ? "内置规则" : "本地规则"} ${replaces}`,
  // fix-report (analyst2 F3): where a local value or program comes from, in words (its source; no file path).
  "ui/setByLocalRule": ({ label, value, source }) => `${label} ${value}：依据本地规定：${source}`,
  "ui/replacesRules": ({ bundled }) =>
    `本项目按本地规则计算，替换了${bundled ? "内置规则" : "先前加载的另一份本地规则"}`,
  "subject/person": "\u4e2a\u4eba",
  "subject/employer": "\u7528\u4eba\u5355\u4f4d",
  // fix-render (analyst F5): the amount's period, its parts and parameter units in words, not rule-file codes.
  "rules/per": ({ per, atMost }) =>
    `发放周期：${per === "month" ? "每月" : "一次性"}${atMost ? "（上限）" : ""}`,
  "rules/value": ({ text }) => `金额：${text}`,
  "rules/months": ({ text }) => `月数：${text}`,
  "rules/unit": ({ unit }) =>
    `（单位：${({ years: "年", months: "个月", days: "天", yuan: "元", "yuan/month": "元/月", ratio: "比例", persons: "人" } as Record<string, string>)[unit] ?? unit}）`,
  "rules/headProgram": "\u9879\u76ee / \u540d\u79f0",
  "rules/place": "\u5730\u533a",
  "rules/inForce": "\u6709\u6548\u671f",
  "rules/confirmedUpTo": "来源确认至",
  "rules/unknownFrom": ({ on }) => `${on} 起未知`,
  "rules/subject": "\u5bf9\u8c61",
  "rules/file": "\u6587\u4ef6",
  "rules/named": "\u4e2d\u95f4\u503c",
  "rules/conditions": "\u6761\u4ef6\uff08\u5168\u90e8\u6ee1\u8db3\u624d\u7b26\u5408\uff09",
  "rules/amount": "\u91d1\u989d",
  "rules/parameters": "\u53c2\u6570\uff08\u6309\u751f\u6548\u65e5\u671f\uff09",
  "rules/sources": "\u4f9d\u636e",
  "rules/assumes": "\u5047\u5b9a",
  "rules/priority":
    "\u4f18\u5148\u6761\u4ef6\uff08\u53ea\u51b3\u5b9a\u4f18\u5148\u987a\u5e8f\uff0c\u4e0d\u5f71\u54cd\u8d44\u683c\uff09",
  "rules/caveats": "\u987b\u7ecf\u529e\u4eba\u5458\u6838\u5b9e",
  "rules/excludes": "\u4e0d\u5f97\u540c\u65f6\u4eab\u53d7",
  "usage/rules-action": ({ action }) =>
    `未知操作 \`${action}\`；请用 \`rules list\` 或 \`rules show <编号>\``,
  "usage/rules-show-id": "`rules show` 需要项目编号；请查看 `butie rules list`",
  "unit/yuan": "元",
  "unit/yuan/month": "元/月",
  "unit/months": "个月",
  "unit/years": "岁",
  "usage/no-such-path": ({ path }) => `文件或目录不存在：${path}`,
  "usage/not-a-file": ({ path }) => `${path} 既不是目录也不是普通文件`,
  "usage/min-coverage": ({ value }) => `--min-coverage ${value}：应为 0 到 100 之间的百分比`,
  "usage/cannot-read": ({ path, reason }) => `无法读取 ${path}：${reason}`,
  "usage/no-such-file": ({ path }) => `无法读取 ${path}：文件不存在`,
  // Office spreadsheets into batch (sheets helper, wave 9)
  "batch/columnsUnit": ({ word, factor, into }) =>
    `（本列按${word}填写：每格的数×${factor}读作${UNIT_ZH[into] ?? into}，运行时注明）`,
  "batch/columnsUnitApart": ({ path, label, word, into }) =>
    `列名注明按“${word}”填写，而 ${path}（${label}）以“${UNIT_ZH[into] ?? into}”计，无法准确换算：请换算后再填，或保留 ~（忽略该列）`,
  "batch/columnUnit": ({ header, label, word, into }) =>
    `列“${header}”注明按“${word}”填写，而 ${label.zh} 以“${UNIT_ZH[into] ?? into}”计，无法准确换算；请换算后再填，或在 --columns 中写 ~ 忽略该列`,
  "batch/columnUnitRead": ({ header, word, factor, into }) =>
    `列“${header}”按${word}填写：每格的数×${factor}读作${UNIT_ZH[into] ?? into}`,
  "batch/unitNotWhole": ({ value, word, converted, into }) =>
    `${value}${word} 折合 ${converted}${UNIT_ZH[into] ?? into}，不是整数；请填写整数${UNIT_ZH[into] ?? into}所对应的数`,
  "batch/outIsInput": ({ file }) =>
    `--out ${file} 就是正在读取的花名册（同一文件或其链接）：写入结果会覆盖它；请另起一个文件名`,
  "batch/outWorkbookKind": ({ file, ext }) =>
    `--out ${file}：不能写出 .${ext} 格式；结果可写成 .xlsx（Excel 工作簿）、.csv 或 .ndjson`,
  "batch/mergeOnlyRows": ({ n, rows }) =>
    `${n} 行（第 ${rows} 行）只有合并单元格延伸下来的值，没有自己的内容：不是记录，已跳过`,
  "batch/mergeAcross": ({ file, range, columns }) =>
    `${file}：合并单元格 ${range} 横跨多个字段列（${columns}）：一个值不能同时作为几列的值；请拆分该合并单元格，逐列填写后再导出`,
  "batch/hiddenChosen": ({ sheet }) => `工作表“${sheet}”是隐藏的；按 --sheet 读取它`,
  "batch/skippedRows": ({ kind, n, rows }) =>
    `已跳过 ${n} 行${{ blank: "空行", total: "合计行（合计、小计等不是申请人）", footer: "表尾（以下空白、制表人、审核人、注等）" }[kind]}：第 ${rows} 行`,
  "batch/emptyInput": ({ file, sheet }) =>
    sheet
      ? `${file}：找不到表头，工作表“${sheet}”是空的；请用 --sheet <名称或序号> 选择有数据的工作表`
      : `${file}：找不到表头，文件是空的（若导出尚未完成，请等导出完毕再读）`,
} satisfies { readonly [K in keyof GeneralParams]: Entry<GeneralParams[K]> };

// The unit a field is counted in, as a header would write it.
const UNIT_ZH: Record<string, string> = { months: "个月", years: "年", yuan: "元", "yuan/month": "元" };
