/**
 * Framework components through the html language (`configs.components`): Vue single-file
 * components, Svelte and Astro, in the shapes their sites write trackers: the base code in
 * `<svelte:head>` or an Astro layout's `<script is:inline>`, `fbq` in Vue's `@click` and Svelte's
 * `on:click={...}`, and the Pixel's noscript beacon in a Vue template.
 */
import noFbqEvents from "../../src/rules/no-fbq-events.js";
import noMetaPixel from "../../src/rules/no-meta-pixel.js";
import noTrackingAttributes from "../../src/rules/no-tracking-attributes.js";
import { BASE_CODE_MINIFIED, htmlTester } from "../rule-tester.js";

htmlTester.run("no-meta-pixel (components)", noMetaPixel as never, {
  valid: [
    {
      name: "an untagged Vue component",
      filename: "components/Pixel.vue",
      code: `<template><div /></template>\n<script>\n${BASE_CODE_MINIFIED}\n</script>`,
    },
    {
      name: "Svelte braces in markup are not the base code",
      filename: "routes/report/+page.svelte",
      code: "<!-- sensitive-content -->\n{#if open}<p>{label}</p>{/if}\n<script>let open = true; const label = 'fbevents.js';</script>",
    },
  ],
  invalid: [
    {
      name: "the base code in a Vue component's <script>, the beacon in its <template>",
      filename: "components/ReportForm.vue",
      code: [
        "<!-- sensitive-content: sexual-offences -->",
        "<template>",
        "  <form><noscript><img height=\"1\" width=\"1\" src=\"https://www.facebook.com/tr?id=1&amp;ev=PageView&amp;noscript=1\"></noscript></form>",
        "</template>",
        "<script>",
        BASE_CODE_MINIFIED,
        "export default { name: 'ReportForm' };",
        "</script>",
      ].join("\n"),
      errors: [
        { messageId: "pixelOnSensitivePage", line: 3, column: 50 },
        { messageId: "pixelOnSensitivePage", line: 6, column: 1 },
      ],
    },
    {
      name: "the base code in <svelte:head>, after Svelte blocks with braces",
      filename: "src/routes/report/+page.svelte",
      code: [
        "<!-- sensitive-content: domestic-abuse -->",
        "<script>export let data;</script>",
        "{#each data.items as item}<li on:click={() => open(item)}>{item.title}</li>{/each}",
        "<svelte:head>",
        "  <script>",
        `  ${BASE_CODE_MINIFIED}`,
        "  </script>",
        "</svelte:head>",
      ].join("\n"),
      errors: [{ messageId: "pixelOnSensitivePage", line: 6, column: 3 }],
    },
    {
      name: "an Astro page: the server fence is not YAML, the inline script is read",
      filename: "src/pages/report/index.astro",
      code: [
        "---",
        "// sensitive-content: stalking",
        "import Layout from '../../layouts/Base.astro';",
        "const { title } = Astro.props;",
        "---",
        "<Layout title={title}>",
        "  <script is:inline src=\"https://connect.facebook.net/en_GB/fbevents.js\"></script>",
        "</Layout>",
      ].join("\n"),
      errors: [{ messageId: "pixelOnSensitivePage", line: 7, column: 26 }],
    },
  ],
});

htmlTester.run("no-fbq-events (components)", noFbqEvents as never, {
  valid: [
    { name: "Vue @click and v-on:click handlers: one finding, the handler's (no-tracking-attributes)", filename: "pages/report.vue", code: `<!-- sensitive-content -->\n<template>\n  <button @click="fbq('track', 'Contact')">Call</button>\n  <a v-on:click.prevent="fbq('trackCustom', 'Chat')">Chat</a>\n</template>` },
    { name: "an Alpine.js x-on:click in plain HTML: one finding, the handler's (no-tracking-attributes)", filename: "report.html", code: `<!-- sensitive-content -->\n<button x-on:click="fbq('track', 'Lead')">Report</button>` },
    { name: "an untagged Svelte handler", filename: "Button.svelte", code: "<button on:click={() => fbq('track', 'Lead')}>Go</button>" },
  ],
  invalid: [
    {
      name: "a Svelte on:click expression (masked, and still searched)",
      filename: "routes/report/+page.svelte",
      code: `<!-- sensitive-content -->\n<button on:click={() => fbq('track', 'Lead')}>Report</button>`,
      errors: [{ messageId: "fbqOnSensitivePage", line: 2, column: 25 }],
    },
    {
      name: "a call in an Astro component's <script> with TypeScript (token scan)",
      filename: "src/components/Report.astro",
      code: `<!-- sensitive-content -->\n<script>\n  const id: string = "1";\n  fbq('track', 'Lead', { id });\n</script>`,
      errors: [{ messageId: "fbqOnSensitivePage", line: 4, column: 3 }],
    },
  ],
});

htmlTester.run("no-tracking-attributes (components)", noTrackingAttributes as never, {
  valid: [
    { name: "a Vue handler that calls the site's own code", filename: "report.vue", code: "<!-- sensitive-content -->\n<template><button @click=\"open('form')\">Go</button></template>" },
  ],
  invalid: [
    {
      name: "a Vue @click handler calling the Pixel",
      filename: "report.vue",
      code: "<!-- sensitive-content -->\n<template><button @click=\"fbq('track', 'Lead')\">Go</button></template>",
      errors: [{ messageId: "trackingMarkup", line: 2, column: 27 }],
    },
  ],
});
