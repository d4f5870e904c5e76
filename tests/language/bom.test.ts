/**
 * A file that starts with two BOMs (found by the fuzz test): ESLint strips one before parsing and
 * its SourceCode strips the other from `text`, while the parser's offsets and ESLint's fixer count
 * it. The autoConfig suggestion was built from the wrong text: it quoted `bq(('set', ...`.
 */
import { Linter } from "eslint";
import { buildConfig } from "../../src/configs/build.js";
import { OWN_HOSTS } from "../../src/configs/hosts.js";
import plugin from "../../src/index.js";

const linter = new Linter();
const config = buildConfig("recommended", plugin, OWN_HOSTS);
const BOM = "\uFEFF";

describe.each([
  ["page.html", "<script>fbq('init', '1');</script>", 9],
  ["page.njk", "{# a #}<script>fbq('init', '1');</script>", 16],
  ["app.js", "fbq('init', '1');", 1],
])("%s starting with BOMs", (file, code, column) => {
  it.each([[BOM], [BOM + BOM]])("places the autoConfig suggestion at the init and quotes it right (%#: one, two BOMs)", (prefix) => {
    const text = prefix + code;
    const [message] = linter.verify(text, config, file);
    // the second BOM, which the parser read, is column 0 as for the parser's own nodes
    expect([message?.ruleId, message?.line, message?.column]).toEqual(["pixel-guard/require-autoconfig-off", 1, column + prefix.length - 1]);
    const fix = message?.suggestions?.[0]?.fix;
    expect(fix?.text.startsWith("fbq('set', 'autoConfig', false, '1');")).toBe(true);
    // a script's init on its own line gets its own line before it (not after a second BOM: that is no indentation)
    // applied as ESLint's fixer applies it: to the text less the one BOM ESLint strips
    const body = text.slice(1);
    const fixed = BOM + body.slice(0, fix?.range[0]) + fix?.text + body.slice(fix?.range[1]);
    expect(fixed).toBe(prefix + code.replace("fbq('init'", "fbq('set', 'autoConfig', false, '1');" + (file.endsWith(".js") && prefix === BOM ? "\n" : " ") + "fbq('init'"));
    expect(linter.verify(fixed, config, file).filter((m) => m.ruleId === "pixel-guard/require-autoconfig-off")).toEqual([]);
  });
});
