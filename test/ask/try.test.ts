import { loadRules } from "../../src/rules/loadRules.js";
import { replayQuestionnaire } from "../../src/ask/replay.js";
import { asOfDate } from "../../src/engine/evaluateProgram.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { YamlSource } from "../../src/rules/yamlSource.js";
import { readFileSync } from "node:fs";
const rules = loadRules([], "/work/wt-ask");
const programs=[...rules.programs.values()];
for (const [f, d] of [["hefei-provident-fund.yaml","2022-03-01"],["hubei-startup.yaml","2022-09-01"],["ningxia-migrant.yaml","2021-09-01"],["ningxia-unemployment.yaml","2021-09-01"]]) {
  const src = new YamlSource(f, readFileSync("/work/wt-ask/examples/"+f,"utf8"));
  const {profile} = readProfile(src, rules.fields);
  const t=Date.now();
  const q = replayQuestionnaire({programs, catalogue: rules.fields, asOf: asOfDate(d)!}, profile!);
  console.log(f, Date.now()-t, "ms", q.history.map(h=>h.path+"="+(h.answer==="value"?JSON.stringify(h.value):h.answer)).join("  "));
  console.log(q.progress());
}
import {it} from "vitest"; it("x",()=>{});
