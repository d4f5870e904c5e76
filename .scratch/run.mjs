import { ESLint } from "/work/wt-msgs/node_modules/eslint/lib/api.js";
import { COMMAND_CONFIG } from "/work/wt-msgs/dist/cli/eslint-options.js";
const eslint = new ESLint({ cwd: "/tmp/msgs-h", overrideConfigFile: true, overrideConfig: COMMAND_CONFIG });
for (const r of await eslint.lintFiles(["a.html","b.jsx","c.vue"])) for (const m of r.messages) console.log(r.filePath.slice(-6), m.line+":"+m.column+"-"+m.endColumn, m.ruleId, m.message.slice(0,90));
