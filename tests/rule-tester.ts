import { RuleTester } from "@typescript-eslint/rule-tester";
import { RuleTester as ESLintRuleTester } from "eslint";
import plugin from "../src/index.js";

/** The rule tester every rule test uses: jest's hooks, JSX on, the TypeScript parser by default. */
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

/** Settings that make files under `victims/` sensitive by glob. */
export const victimsGlob = { "pixel-guard": { sensitive: ["**/victims/**"] } };

/** The Meta Pixel base code as Meta's Events Manager hands it out, minified. */
export const BASE_CODE_MINIFIED =
  "!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');";

/** The same base code after Prettier. */
export const BASE_CODE_PRETTIER = `!(function (f, b, e, v, n, t, s) {
  if (f.fbq) return;
  n = f.fbq = function () {
    n.callMethod
      ? n.callMethod.apply(n, arguments)
      : n.queue.push(arguments);
  };
  if (!f._fbq) f._fbq = n;
  n.push = n;
  n.loaded = !0;
  n.version = "2.0";
  n.queue = [];
  t = b.createElement(e);
  t.async = !0;
  t.src = v;
  s = b.getElementsByTagName(e)[0];
  s.parentNode.insertBefore(t, s);
})(
  window,
  document,
  "script",
  "https://connect.facebook.net/en_US/fbevents.js",
);`;

/**
 * The tester for the `pixel-guard/html` language: ESLint's own RuleTester, which takes a
 * `language` (typescript-eslint's is for JavaScript only). Cases name a filename so the template
 * family is visible in the test.
 */
export const htmlTester = new ESLintRuleTester({
  plugins: { "pixel-guard": plugin },
  language: "pixel-guard/html",
});
