import { parse, parseFragment } from "parse5";
import { parseHtml } from "../../src/language/parse.js";
import { HtmlSourceCode } from "../../src/language/source-code.js";
const time = (name: string, f: () => unknown) => { const t = performance.now(); const r = f(); console.log(name, (performance.now() - t).toFixed(0), "ms"); return r; };
it("t", () => {
  const nested = "<div>".repeat(20000) + "x" + "</div>".repeat(20000);
  const opts = { sourceCodeLocationInfo: true, scriptingEnabled: false };
  time("parse5 nested", () => parseFragment(nested, opts));
  const r = time("parseHtml nested", () => parseHtml(nested)) as any;
  console.log(r.ok);
  time("traverse nested", () => [...new HtmlSourceCode({ text: nested, ast: r.ast }).traverse()].length);
  const unit = `<div class="card" data-id="{{ id }}"><a href="/x?a=1&amp;b=2" onclick="fbq('track','Lead')">Link {{ name }}</a><img src="https://www.facebook.com/tr?id=1&ev=PageView" width=1 height=1><!-- c --></div><script>fbq('init','{{ id }}');fbq('track','PageView');</script>`;
  const big = "<!doctype html><html><body>" + unit.repeat(Math.ceil(5e6 / unit.length)) + "</body></html>";
  console.log("size", big.length);
  time("parse5 5MB", () => parse(big, opts));
  const r2 = time("parseHtml 5MB", () => parseHtml(big)) as any;
  time("traverse 5MB", () => [...new HtmlSourceCode({ text: big, ast: r2.ast }).traverse()].length);
});
