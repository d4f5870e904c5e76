import rule from "../../src/rules/require-autoconfig-off.js";
import { BASE_CODE_MINIFIED, htmlTester, ruleTester } from "../rule-tester.js";

/** What Meta receives: the page's first button label when it has one, else the neutral wording. */
const NEUTRAL = "the text of every button a visitor clicks";
const MESSAGE_DATA = (call: string, id: string, example = NEUTRAL) => ({ call, id, example });
const label = (text: string) => `button labels such as "${text}"`;

ruleTester.run("require-autoconfig-off", rule, {
  valid: [
    { name: "autoConfig off for the same id before init", code: "fbq('set', 'autoConfig', false, '123');\nfbq('init', '123');" },
    { name: "the same id as a number and as a string", code: "fbq('set', 'autoConfig', false, 123);\nfbq('init', '123');" },
    { name: "the same id expression", code: "fbq('set', 'autoConfig', false, process.env.PIXEL_ID);\nfbq('init', process.env.PIXEL_ID);" },
    { name: "a wrapper init with { autoConfig: false }", code: "import ReactPixel from 'react-facebook-pixel';\nReactPixel.init(id, undefined, { autoConfig: false, debug: false });" },
    { name: "commented-out init", code: "// fbq('init', '123');" },
    { name: "init of another vendor", code: "ttq.load('C4');\nFB.init({ appId: '1' });" },
    { name: "minified base code with autoConfig off", code: `${BASE_CODE_MINIFIED}fbq('set','autoConfig',false,'42');fbq('init','42');fbq('track','PageView');` },
  ],
  invalid: [
    {
      name: "init with no autoConfig call: the suggestion inserts it, keeping the indentation",
      code: "function boot() {\n  fbq('init', '123');\n  fbq('track', 'PageView');\n}",
      errors: [
        {
          messageId: "autoConfigOn",
          line: 2,
          column: 3,
          data: MESSAGE_DATA("fbq('init', '123')", "'123'"),
          suggestions: [{ messageId: "insertAutoConfigOff", data: { id: "'123'" }, output: "function boot() {\n  fbq('set', 'autoConfig', false, '123');\n  fbq('init', '123');\n  fbq('track', 'PageView');\n}" }],
        },
      ],
    },
    {
      name: "autoConfig off for another id does not count",
      code: "fbq('set', 'autoConfig', false, '999');\nfbq('init', '123');",
      errors: [{ messageId: "autoConfigOn", line: 2, column: 1, suggestions: [{ messageId: "insertAutoConfigOff", output: "fbq('set', 'autoConfig', false, '999');\nfbq('set', 'autoConfig', false, '123');\nfbq('init', '123');" }] }],
    },
    {
      name: "autoConfig off after init is too late; 'false' as a string is not false",
      code: "window.fbq('init', '1');\nwindow.fbq('set', 'autoConfig', false, '1');\nfbq('set', 'autoConfig', 'false', '2');\nfbq('init', '2');",
      errors: [
        { messageId: "autoConfigOn", line: 1, column: 1, suggestions: [{ messageId: "insertAutoConfigOff", output: "window.fbq('set', 'autoConfig', false, '1');\nwindow.fbq('init', '1');\nwindow.fbq('set', 'autoConfig', false, '1');\nfbq('set', 'autoConfig', 'false', '2');\nfbq('init', '2');" }] },
        { messageId: "autoConfigOn", line: 4, column: 1, suggestions: [{ messageId: "insertAutoConfigOff", output: "window.fbq('init', '1');\nwindow.fbq('set', 'autoConfig', false, '1');\nfbq('set', 'autoConfig', 'false', '2');\nfbq('set', 'autoConfig', false, '2');\nfbq('init', '2');" }] },
      ],
    },
    {
      name: "minified: the suggestion goes on the same line",
      code: `${BASE_CODE_MINIFIED}fbq('init','42');fbq('track','PageView');`,
      errors: [{ messageId: "autoConfigOn", line: 1, column: 377, suggestions: [{ messageId: "insertAutoConfigOff", output: `${BASE_CODE_MINIFIED}fbq('set', 'autoConfig', false, '42'); fbq('init','42');fbq('track','PageView');` }] }],
    },
    {
      name: "an init inside an expression gets the message but no suggestion",
      code: "window.fbq && fbq('init', '7');",
      errors: [{ messageId: "autoConfigOn", line: 1, column: 15, suggestions: [] }],
    },
    {
      name: "react-facebook-pixel init without options: the suggestion adds them",
      code: "import ReactPixel from 'react-facebook-pixel';\nReactPixel.init('123', advancedMatching);\nReactPixel.init('456');",
      errors: [
        { messageId: "autoConfigOnWrapper", line: 2, column: 1, suggestions: [{ messageId: "addAutoConfigOption", output: "import ReactPixel from 'react-facebook-pixel';\nReactPixel.init('123', advancedMatching, { autoConfig: false });\nReactPixel.init('456');" }] },
        { messageId: "autoConfigOnWrapper", line: 3, column: 1, suggestions: [{ messageId: "addAutoConfigOption", output: "import ReactPixel from 'react-facebook-pixel';\nReactPixel.init('123', advancedMatching);\nReactPixel.init('456', undefined, { autoConfig: false });" }] },
      ],
    },
    {
      name: "init in a Next.js <Script> template literal: the suggestion edits the literal",
      filename: "layout.tsx",
      code: "export const L = () => <Script id=\"p\">{`\n  fbq('init', '${ID}');\n`}</Script>;",
      errors: [
        {
          messageId: "autoConfigOn",
          line: 2,
          column: 3,
          data: MESSAGE_DATA("fbq('init', '${ID}')", "'${ID}'"),
          suggestions: [{ messageId: "insertAutoConfigOff", output: "export const L = () => <Script id=\"p\">{`\n  fbq('set', 'autoConfig', false, '${ID}');\n  fbq('init', '${ID}');\n`}</Script>;" }],
        },
      ],
    },
    {
      name: "a component: the example is its first button's text, read from the JSX",
      filename: "components/BookTest.jsx",
      code: "export const BookTest = () => {\n  fbq('init', '9');\n  return <form><button className=\"primary\" onClick={go}>Book a free HIV test</button></form>;\n};",
      errors: [{ messageId: "autoConfigOn", line: 2, column: 3, data: MESSAGE_DATA("fbq('init', '9')", "'9'", label("Book a free HIV test")), suggestions: [{ messageId: "insertAutoConfigOff", output: "export const BookTest = () => {\n  fbq('set', 'autoConfig', false, '9');\n  fbq('init', '9');\n  return <form><button className=\"primary\" onClick={go}>Book a free HIV test</button></form>;\n};" }] }],
    },
  ],
});

htmlTester.run("require-autoconfig-off (templates)", rule as never, {
  valid: [{ name: "autoConfig off in the page script", filename: "base.njk", code: "<script>\nfbq('set', 'autoConfig', false, '{{ pixel }}');\nfbq('init', '{{ pixel }}');\n</script>" }],
  invalid: [
    {
      name: "init in a shared Nunjucks layout: the suggestion edits the template",
      filename: "_layouts/base.njk",
      code: "<script>\n  fbq('init', '{{ pixel }}');\n</script>",
      errors: [
        {
          messageId: "autoConfigOn",
          line: 2,
          column: 3,
          suggestions: [{ messageId: "insertAutoConfigOff", data: { id: "'{{ pixel }}'" }, output: "<script>\n  fbq('set', 'autoConfig', false, '{{ pixel }}');\n  fbq('init', '{{ pixel }}');\n</script>" }],
        },
      ],
    },
    {
      // found by the fuzz test (seed 7, #20110): blanking a tag by code points made the masked page one unit short
      name: "an astral character (two UTF-16 units) in a masked template tag before the init: the suggestion lands where it should",
      filename: "_layouts/base.njk",
      code: "{% if \u{103FF} %}<script>\n  fbq('init', '7');\n</script>{% endif %}",
      errors: [
        {
          messageId: "autoConfigOn",
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 19,
          suggestions: [{ messageId: "insertAutoConfigOff", data: { id: "'7'" }, output: "{% if \u{103FF} %}<script>\n  fbq('set', 'autoConfig', false, '7');\n  fbq('init', '7');\n</script>{% endif %}" }],
        },
      ],
    },
    {
      name: "a shop page: the example is its first button-styled link, not a sensitive label from elsewhere",
      filename: "shop/product.html",
      code: '<nav><a class="nav-link" href="/">Home</a></nav>\n<a class="btn btn-primary" href="/basket">\n  Add to   basket\n</a>\n<button>Checkout</button>\n<script>fbq(\'init\', \'42\');</script>',
      errors: [{ messageId: "autoConfigOn", line: 6, column: 9, data: MESSAGE_DATA("fbq('init', '42')", "'42'", label("Add to basket")), suggestions: [{ messageId: "insertAutoConfigOff", output: '<nav><a class="nav-link" href="/">Home</a></nav>\n<a class="btn btn-primary" href="/basket">\n  Add to   basket\n</a>\n<button>Checkout</button>\n<script>fbq(\'set\', \'autoConfig\', false, \'42\'); fbq(\'init\', \'42\');</script>' }] }],
    },
    {
      name: "a submit input's value, a long label cut to 40 characters, templated labels skipped",
      filename: "report.njk",
      code: '<button type="button">{{ t("start") }}</button>\n<input type="submit" value="Report rape or sexual assault to the police online today">\n<script>\n  fbq(\'init\', \'7\');\n</script>',
      errors: [{ messageId: "autoConfigOn", line: 4, column: 3, data: MESSAGE_DATA("fbq('init', '7')", "'7'", label("Report rape or sexual assault to the po…")), suggestions: [{ messageId: "insertAutoConfigOff", output: '<button type="button">{{ t("start") }}</button>\n<input type="submit" value="Report rape or sexual assault to the police online today">\n<script>\n  fbq(\'set\', \'autoConfig\', false, \'7\');\n  fbq(\'init\', \'7\');\n</script>' }] }],
    },
    {
      name: "the label is read from the page's own tree: a button in a template comment is not quoted, entities are decoded",
      filename: "shop/basket.njk",
      code: "{# <button>Report rape or sexual assault</button> #}\n<button>Tea &amp; biscuits</button>\n<script>fbq('init', '5');</script>",
      errors: [
        {
          messageId: "autoConfigOn",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 25,
          data: MESSAGE_DATA("fbq('init', '5')", "'5'", label("Tea & biscuits")),
          suggestions: [{ messageId: "insertAutoConfigOff", output: "{# <button>Report rape or sexual assault</button> #}\n<button>Tea &amp; biscuits</button>\n<script>fbq('set', 'autoConfig', false, '5'); fbq('init', '5');</script>" }],
        },
      ],
    },
    {
      name: "role=button counts as a button",
      filename: "help.html",
      code: '<div role="button" tabindex="0">Talk to someone</div>\n<script>fbq(\'init\', \'8\');</script>',
      errors: [{ messageId: "autoConfigOn", line: 2, column: 9, data: MESSAGE_DATA("fbq('init', '8')", "'8'", label("Talk to someone")), suggestions: [{ messageId: "insertAutoConfigOff", output: '<div role="button" tabindex="0">Talk to someone</div>\n<script>fbq(\'set\', \'autoConfig\', false, \'8\'); fbq(\'init\', \'8\');</script>' }] }],
    },
  ],
});
