import rule from "../../src/rules/no-sensitive-event-data.js";
import { htmlTester, ruleTester } from "../rule-tester.js";

ruleTester.run("no-sensitive-event-data", rule, {
  valid: [
    { name: "standard events with neutral parameters", code: "fbq('track', 'Lead', { value: 10, currency: 'GBP' });\nfbq('track', 'Schedule');" },
    { name: "init without advanced matching", code: "fbq('init', '123');\nfbq('init', '123', {});" },
    { name: "a non-tracker call with sensitive words", code: "console.log('report rape', document.title);\nanalyticsStub('domestic abuse');" },
    { name: "commented-out event", code: "// fbq('trackCustom', 'ReportRape', { title: document.title });" },
    { name: "a word that only contains a sensitive word", code: "fbq('trackCustom', 'Transform');\nfbq('track', 'Purchase', { content_name: 'therapeutic soap' });" },
    { name: "a beacon without sensitive parameters", code: "img.src = 'https://www.facebook.com/tr?id=1&ev=PageView&noscript=1';" },
    { name: "a value read from something that is not a form field", code: "fbq('track', 'Purchase', { value: cart.total.value });" },
  ],
  invalid: [
    {
      name: "advanced matching in init's third argument (every file, not only sensitive ones)",
      code: "fbq('init', '123', {\n  em: user.email,\n  ph: user.phone,\n  external_id: user.id,\n});",
      errors: [{ messageId: "personalData", line: 1, column: 20, data: { what: "fbq('init', '123')", detail: "em, ph, external_id", company: "Meta" } }],
    },
    {
      name: "a wrapper's advanced-matching argument, and TikTok identify",
      code: "import ReactPixel from 'react-facebook-pixel';\nReactPixel.init('1', { em: 'a@b.c', fn: 'jo' }, { autoConfig: false });\nttq.identify({ email: 'a@b.c', phone_number: '+44' });",
      errors: [
        { messageId: "personalData", line: 2, column: 22, data: { what: "ReactPixel.init('1')", detail: "em, fn", company: "Meta" } },
        { messageId: "personalData", line: 3, column: 14, data: { what: "ttq.identify(…)", detail: "email, phone_number", company: "TikTok" } },
      ],
    },
    {
      name: "other vendors' matching objects: Pinterest load, Snap init, X config, Reddit init",
      code: "pintrk('load', '26123', { em: user.email });\nsnaptr('init', 'abc', { user_email: email, user_phone_number: phone });\ntwq('config', 'o1', { email_address: email });\nrdt('init', 'a2_x', { email, externalId: id });",
      errors: [
        { messageId: "personalData", line: 1, column: 25, data: { what: "pintrk('load', '26123')", detail: "em", company: "Pinterest" } },
        { messageId: "personalData", line: 2, column: 23, data: { what: "snaptr('init', 'abc')", detail: "user_email, user_phone_number", company: "Snap" } },
        { messageId: "personalData", line: 3, column: 21, data: { what: "twq('config')", detail: "email_address", company: "X" } },
        { messageId: "personalData", line: 4, column: 21, data: { what: "rdt('init', 'a2_x')", detail: "email, externalId", company: "Reddit" } },
      ],
    },
    {
      name: "event names and parameters carrying sensitive words, split by camelCase and punctuation",
      code: "fbq('trackCustom', 'ReportRapeStarted');\nfbq('track', 'ViewContent', { content_category: 'domestic-abuse', content_name: `HIV test ${kit}` });",
      errors: [
        { messageId: "sensitiveWords", line: 1, column: 20, data: { what: "fbq('trackCustom', 'ReportRapeStarted')", detail: "'rape'", company: "Meta" } },
        { messageId: "sensitiveWords", line: 2, column: 49, data: { what: "fbq('track', 'ViewContent')", detail: "'domestic abuse'", company: "Meta" } },
        { messageId: "sensitiveWords", line: 2, column: 81, data: { what: "fbq('track', 'ViewContent')", detail: "'hiv test'", company: "Meta" } },
      ],
    },
    {
      name: "a sensitive word as a parameter key",
      code: "fbq('trackCustom', 'Answer', { hiv_status: answer });",
      errors: [{ messageId: "sensitiveWords", line: 1, column: 32 }],
    },
    {
      name: "page-derived data: title, location, URL, form fields",
      code: "fbq('track', 'ViewContent', { content_name: document.title, url: window.location.href });\ngtag('event', 'search', { search_term: document.getElementById('q').value });\nfbq('trackCustom', 'Typed', { text: e.target.value, page: location.pathname, ref: document.URL });",
      errors: [
        { messageId: "pageData", line: 1, column: 45, data: { what: "fbq('track', 'ViewContent')", detail: "document.title", company: "Meta" } },
        { messageId: "pageData", line: 1, column: 66, data: { what: "fbq('track', 'ViewContent')", detail: "window.location.href", company: "Meta" } },
        { messageId: "pageData", line: 2, column: 40, data: { what: "gtag('event', 'search')", detail: "getElementById(…).value", company: "Google" } },
        { messageId: "pageData", line: 3, column: 37 },
        { messageId: "pageData", line: 3, column: 59 },
        { messageId: "pageData", line: 3, column: 83 },
      ],
    },
    {
      name: "a pixel URL whose custom data carries sensitive words (URL-encoded cd[...])",
      code: "img.src = 'https://www.facebook.com/tr?id=1&ev=Lead&cd%5Bcontent_name%5D=report%20sexual%20assault&ud[em]=abc';",
      errors: [
        { messageId: "personalData", line: 1, column: 11 },
        { messageId: "sensitiveWords", line: 1, column: 11, data: { what: "The beacon URL facebook.com/tr?id=1&ev=Lead&cd%5Bcontent_name%5D=report%20sexual%20assault&ud[em]=abc", detail: "'sexual assault'", company: "Meta" } },
      ],
    },
    {
      name: "HTML-escaped beacon in a JSX noscript",
      filename: "x.jsx",
      code: "export const N = () => <noscript><img src=\"https://www.facebook.com/tr?id=1&amp;ev=ReportRape&amp;noscript=1\" /></noscript>;",
      errors: [{ messageId: "sensitiveWords", line: 1, column: 43 }],
    },
  ],
});

htmlTester.run("no-sensitive-event-data (templates)", rule as never, {
  valid: [{ name: "a neutral event in a page script", filename: "index.html", code: "<script>fbq('track', 'Lead');</script>" }],
  invalid: [
    {
      name: "a handler that sends the button's label (what the 2023 pixels did by themselves)",
      filename: "report.html",
      code: `<button onclick="fbq('trackCustom', 'Click', { label: this.innerText, title: document.title })">Report rape or sexual assault</button>`,
      errors: [{ messageId: "pageData", line: 1, column: 78, data: { what: "fbq('trackCustom', 'Click')", detail: "document.title", company: "Meta" } }],
    },
    {
      name: "a noscript beacon whose event names the page, in Liquid",
      filename: "report.liquid",
      code: `<noscript><img src="https://www.facebook.com/tr?id=1&amp;ev=ViewContent&amp;cd[content_name]=HIV%20test%20booking"></noscript>`,
      errors: [{ messageId: "sensitiveWords", line: 1, column: 21 }],
    },
  ],
});
