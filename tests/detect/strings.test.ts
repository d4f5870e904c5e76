/**
 * Code held in strings is searched as code wherever it is, with exact locations: exported snippet
 * builders, `innerHTML`/`document.write` of markup, `__html` built away from its `<script>`.
 * Shapes follow public repositories: typebot's `script.innerHTML = \`!function(f,b,e,v…\``, a
 * Next MetaPixel component that builds `init` in a template literal for a Cookiebot-held
 * `<Script>`, React components with `<noscript dangerouslySetInnerHTML={{ __html: '<img …>' }}>`,
 * and jQuery fallbacks written with `document.write('<script src=…>\x3C/script>')`.
 */
import { parsedView } from "../../src/detect/analysis.js";
import { scanFile } from "../../src/detect/scan.js";
import { trackersOf } from "../../src/detect/trackers.js";
import { parseSource } from "../../src/language/index.js";
import { lineOf } from "../../src/literals.js";

/** Each tracker of a script file as `line:column label [gate]`. */
function found(text: string, filename = "src/pixel.js"): string[] {
  const view = parsedView(text, filename, () => parseSource(text, filename));
  return trackersOf(scanFile(view)).map((tracker) => {
    const start = tracker.range[0];
    const column = start - text.lastIndexOf("\n", start - 1);
    return `${lineOf(text, start)}:${column} ${tracker.label}${tracker.gate ? ` [${tracker.gate.label}${tracker.gate.held ? "" : ", not held"}]` : ""}`;
  });
}

describe("code held in strings", () => {
  it("reads an exported snippet builder's template literal as code, each call at its line", () => {
    const text = [
      "export const pixelSnippet = (id) => `!function(f,b,e,v,n,t,s)",
      "  {if(f.fbq)return;n=f.fbq=function(){n.callMethod?",
      "  n.callMethod.apply(n,arguments):n.queue.push(arguments)};",
      "  if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';",
      "  n.queue=[];t=b.createElement(e);t.async=!0;",
      "  t.src=v;s=b.getElementsByTagName(e)[0];",
      "  s.parentNode.insertBefore(t,s)}(window, document,'script',",
      "  'https://connect.facebook.net/en_US/fbevents.js');",
      "  fbq('init', '${id}');",
      "  fbq('track', 'PageView');`;",
    ].join("\n");
    expect(found(text)).toEqual(["1:38 the Meta Pixel base code", "9:3 fbq('init', '${id}')", "10:3 fbq('track', 'PageView')"]);
  });

  it("reads `script.innerHTML = …` of another vendor's calls", () => {
    const text = "const script = document.createElement('script');\nscript.innerHTML = `\n  ttq.load('C4ABC');\n  ttq.page();\n`;\ndocument.head.appendChild(script);";
    expect(found(text)).toEqual(["3:3 ttq.load('C4ABC')", "4:3 ttq.page()"]);
  });

  it("reads markup in a string as a page: the script in it and the beacon, at their places", () => {
    const text = "el.innerHTML = '<script>fbq(\"track\", \"Lead\")</script><img src=\"https://www.facebook.com/tr?id=1&ev=Lead\" width=\"1\" height=\"1\">';";
    expect(found(text)).toEqual(["1:25 fbq('track', 'Lead')", "1:64 the facebook.com/tr image beacon (facebook.com/tr?id=1&ev=Lead)"]);
  });

  it("maps markup in an escaped string onto the string (offsets inside it are not exact)", () => {
    const text = "document.write('<script src=\"https://connect.facebook.net/en_US/fbevents.js\">\\x3C/script>');";
    expect(found(text)).toEqual(["1:16 the fbevents.js loader (connect.facebook.net/en_US/fbevents.js)"]);
  });

  it("keeps the tracker address a string of markup names in its text, as the string reader did", () => {
    const text = "const help = '<p>Do not paste <code>https://connect.facebook.net/en_US/fbevents.js</code> (the Pixel) here</p>';";
    expect(found(text)).toEqual(["1:37 the fbevents.js loader (connect.facebook.net/en_US/fbevents.js)"]);
  });

  it("reads an __html built away from its <script>, and the noscript beacon beside a held one", () => {
    const text = [
      "// a component",
      "const html = { __html: \"fbq('track', 'Contact');\" };",
      "export const P = () => (<>",
      "  <script type=\"text/plain\" data-cookieconsent=\"marketing\" dangerouslySetInnerHTML={html} />",
      "  <noscript dangerouslySetInnerHTML={{ __html: '<img height=\"1\" width=\"1\" src=\"https://www.facebook.com/tr?id=1&ev=PageView&noscript=1\" />' }} />",
      "</>);",
    ].join("\n");
    // the __html object is not inside the held element: its call is live where it is written
    expect(found(text, "src/p.jsx")).toEqual([
      "2:25 fbq('track', 'Contact')",
      "5:80 the facebook.com/tr image beacon (facebook.com/tr?id=1&ev=PageView&noscript=1) [Cookiebot, not held]",
    ]);
  });

  it("leaves prose, URLs alone, package names and short strings to the string reader", () => {
    const text = "const a = 'Do not call fbq(\"track\") on this page';\nconst b = 'https://connect.facebook.net/en_US/fbevents.js';\nimport p from 'react-facebook-pixel';\nconst c = 'fbq(x)';";
    expect(found(text)).toEqual(["2:11 the fbevents.js loader (connect.facebook.net/en_US/fbevents.js)", "3:15 the react-facebook-pixel package"]);
  });

  it("leaves strings of markup and calls that hold no catalogue needle as strings", () => {
    const text = Array.from({ length: 200 }, (_, i) => `const s${i} = "<p>hello (${i})</p>";`).join("\n") + "\nfbq('track', 'Lead');";
    expect(found(text)).toEqual(["201:1 fbq('track', 'Lead')"]);
  });
});
