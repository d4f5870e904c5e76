/**
 * The tracker rules on Google Tag Manager container exports: each tag that reaches a sensitive
 * page is reported at its line in the JSON, by the rule that owns its vendor, naming the tag and
 * the trigger. Exports follow real ones in public repositories (see gtm-export.ts).
 */
import { RuleTester } from "eslint";
import { textParser } from "../../src/language/text-parser.js";
import noFbqEvents from "../../src/rules/no-fbq-events.js";
import noMetaPixel from "../../src/rules/no-meta-pixel.js";
import noSensitiveEventData from "../../src/rules/no-sensitive-event-data.js";
import noThirdPartyTrackers from "../../src/rules/no-third-party-trackers.js";
import { customHtml, exportOf, filter, lineOf, META_CUSTOM_HTML, tag, trigger } from "./gtm-export.js";

const jsonTester = new RuleTester({ languageOptions: { parser: textParser } });
const FILE = "GTM-5JQFLR8_workspace7.json";
const SUPPORT = { "pixel-guard": { sensitiveUrls: ["/support/**"] } };

const SUPPORT_PAGES = trigger("12", "PV - Support pages", "PAGEVIEW", { filter: [filter("STARTS_WITH", "{{Page Path}}", "/support")] });
const DONATE_PAGES = trigger("13", "PV - Donate", "pageview", { filter: [filter("equals", "{{Page Path}}", "/donate/")] });
const NOT_SUPPORT = trigger("14", "PV - everything but support", "pageview", { filter: [filter("contains", "{{Page URL}}", "/support", true)] });
const NOT_UNDER_SUPPORT = trigger("16", "PV - not under support/", "pageview", { filter: [filter("contains", "{{Page URL}}", "/support/", true)] });
const DOM_READY_SUPPORT = trigger("15", "DOM Ready - support", "domReady", { filter: [filter("matchRegex", "{{Page Path}}", "^/support(/|$)")] });

const metaImage = exportOf({
  tag: [tag("Meta - Lead pixel", "img", {}, [
    { type: "TEMPLATE", key: "url", value: "https://www.facebook.com/tr?id=1234567890&ev=Lead&noscript=1" },
    { type: "BOOLEAN", key: "useCacheBuster", value: "true" },
    { type: "TEMPLATE", key: "cacheBusterQueryParam", value: "gtmcb" },
  ])],
});
const metaBase = exportOf({ tag: [customHtml("Meta Pixel - Base", META_CUSTOM_HTML)] });
const ga4 = exportOf({ tag: [tag("GA4 - Google Tag (All Pages)", "gaawc", {}, [{ type: "TEMPLATE", key: "measurementId", value: "G-ABC123" }])] });
const blocked = exportOf({ tag: [tag("Hotjar", "hjtc", { blockingTriggerId: ["12"] })], trigger: [SUPPORT_PAGES] });
const blockedOnOtherEvent = exportOf({ tag: [tag("Hotjar", "hjtc", { blockingTriggerId: ["15"] })], trigger: [DOM_READY_SUPPORT] });
const donateOnly = exportOf({ tag: [tag("LinkedIn Insight", "bzi", { firingTriggerId: ["13"] })], trigger: [DONATE_PAGES] });
const negated = exportOf({ tag: [tag("Ads remarketing", "sp", { firingTriggerId: ["14"] })], trigger: [NOT_SUPPORT] });
const negatedWithSlash = exportOf({ tag: [tag("Ads remarketing", "sp", { firingTriggerId: ["16"] })], trigger: [NOT_UNDER_SUPPORT] });
const communityTemplate = exportOf({
  tag: [tag("FB - PageView", "cvt_193643459_7", { firingTriggerId: ["12"], paused: true })],
  trigger: [SUPPORT_PAGES],
  customTemplate: [
    {
      accountId: "6004967354", containerId: "193643459", templateId: "7", name: "Facebook Pixel",
      fingerprint: "1", templateData: "___INFO___\n\n{\"type\": \"TAG\"}",
      galleryReference: { host: "github.com", owner: "facebookarchive", repository: "GoogleTagManager-WebTemplate-For-FacebookPixel", version: "a1b2", galleryTemplateId: "MRQN8" },
    },
  ],
});
const leadEvent = exportOf({ tag: [customHtml("Meta - Lead", "<script>fbq('track', 'Lead', {em: '{{DLV - email}}'});</script>", { firingTriggerId: ["12"] })], trigger: [SUPPORT_PAGES] }, true);

/** The column (1-based) of `needle` on its line. */
const columnOf = (text: string, needle: string, from = ""): number => {
  const at = text.indexOf(needle, from ? text.indexOf(from) : 0);
  return at - text.lastIndexOf("\n", at - 1);
};

const ALL_PAGES_WHY = (kind: string, name: string): string => `GTM ${kind} "${name}" fires on every page through trigger "All Pages", which includes "/support/**" in sensitiveUrls`;

jsonTester.run("no-meta-pixel (Custom Image tags)", noMetaPixel as never, {
  valid: [
    { name: "a Custom Image tag to the site's own host", code: exportOf({ tag: [tag("Own pixel", "img", {}, [{ type: "TEMPLATE", key: "url", value: "https://police.example/px.gif" }])] }), filename: FILE, settings: SUPPORT },
  ],
  invalid: [
    {
      name: "the facebook.com/tr beacon requested by a Custom Image tag firing on All Pages",
      code: metaImage,
      filename: FILE,
      settings: SUPPORT,
      errors: [{ messageId: "pixelOnSensitivePage", line: lineOf(metaImage, "facebook.com/tr") }],
    },
  ],
});

jsonTester.run("no-meta-pixel", noMetaPixel as never, {
  valid: [
    { name: "a container whose site names no sensitive page", code: metaBase, filename: FILE },
    { name: "a JSON file that is not a container", code: `{ "name": "site", "dependencies": { "react-facebook-pixel": "^1.0.3" } }`, filename: "package.json", settings: SUPPORT },
    { name: "a Meta tag that fires on the donate page only", code: exportOf({ tag: [customHtml("Meta Pixel - Base", META_CUSTOM_HTML, { firingTriggerId: ["13"] })], trigger: [DONATE_PAGES] }), filename: FILE, settings: SUPPORT },
  ],
  invalid: [
    {
      name: "the base code in a Custom HTML tag on All Pages, at its line in the JSON",
      code: metaBase,
      filename: FILE,
      settings: SUPPORT,
      errors: [
        { messageId: "pixelOnSensitivePage", line: lineOf(metaBase, "\\u003Cscript"), column: columnOf(metaBase, "!function"), data: { what: "The Meta Pixel base code", leaks: "the page address and the text of the buttons clicked, with the visitor's Facebook identity", why: ALL_PAGES_WHY("tag", "Meta Pixel - Base") } },
        { messageId: "pixelOnSensitivePage", line: lineOf(metaBase, "\\u003Cscript"), column: columnOf(metaBase, "https://www.facebook.com/tr") },
      ],
    },
    {
      name: "a paused community-template Meta tag on a page-path trigger, at its type line",
      code: communityTemplate,
      filename: FILE,
      settings: SUPPORT,
      errors: [
        {
          messageId: "pixelOnSensitivePage",
          line: lineOf(communityTemplate, '"type": "cvt_193643459_7"'),
          column: columnOf(communityTemplate, '"type": "cvt_193643459_7"'),
          data: {
            what: 'The "Facebook Pixel" community template tag "FB - PageView" (cvt_193643459_7)',
            leaks: "the page address and the text of the buttons clicked, with the visitor's Facebook identity",
            why: 'GTM tag "FB - PageView" (paused, and one click from live) fires through trigger "PV - Support pages" where Page Path starts with "/support", which includes "/support/**" in sensitiveUrls',
          },
        },
      ],
    },
    {
      name: "a container under a sensitive glob: every tag that fires counts",
      code: metaBase,
      filename: "gtm/site.json",
      settings: { "pixel-guard": { sensitive: ["gtm/**"] } },
      errors: [{ messageId: "pixelOnSensitivePage", line: lineOf(metaBase, "\\u003Cscript") }, { messageId: "pixelOnSensitivePage" }],
    },
  ],
});

jsonTester.run("no-fbq-events", noFbqEvents as never, {
  valid: [{ name: "fbq in a tag that fires off sensitive pages", code: exportOf({ tag: [customHtml("Meta - Lead", "<script>fbq('track', 'Lead');</script>", { firingTriggerId: ["13"] })], trigger: [DONATE_PAGES] }), filename: FILE, settings: SUPPORT }],
  invalid: [
    {
      name: "fbq calls in the Custom HTML, each at its column (lower-case \\u003c escapes)",
      code: leadEvent,
      filename: FILE,
      settings: SUPPORT,
      errors: [{ messageId: "fbqOnSensitivePage", line: lineOf(leadEvent, "fbq("), column: columnOf(leadEvent, "fbq("), endColumn: columnOf(leadEvent, ");\\u003c/script") + 1 }],
    },
    {
      name: "init and track in the base code tag",
      code: metaBase,
      filename: FILE,
      settings: SUPPORT,
      errors: [
        { messageId: "fbqOnSensitivePage", column: columnOf(metaBase, "fbq('init'") },
        { messageId: "fbqOnSensitivePage", column: columnOf(metaBase, "fbq('track'") },
      ],
    },
  ],
});

jsonTester.run("no-sensitive-event-data", noSensitiveEventData as never, {
  valid: [{ name: "a container with no tracker tag", code: exportOf({ tag: [tag("Conversion Linker", "gclidw-typo")] }), filename: FILE }],
  invalid: [{ name: "advanced matching from a data layer variable, on every file", code: leadEvent, filename: FILE, errors: [{ messageId: "personalData", line: lineOf(leadEvent, "fbq(") }] }],
});

jsonTester.run("no-third-party-trackers", noThirdPartyTrackers as never, {
  valid: [
    { name: "a Hotjar tag blocked on the support pages by an exception trigger", code: blocked, filename: FILE, settings: SUPPORT },
    { name: "LinkedIn Insight on the donate page only", code: donateOnly, filename: FILE, settings: SUPPORT },
    { name: "Google Ads remarketing everywhere but the support pages (a negated Page URL condition)", code: negated, filename: FILE, settings: SUPPORT },
    { name: "the Meta tags are no-meta-pixel's", code: communityTemplate, filename: FILE, settings: SUPPORT },
  ],
  invalid: [
    {
      name: "a GA4 configuration tag on All Pages, at its type line, named",
      code: ga4,
      filename: FILE,
      settings: SUPPORT,
      errors: [
        {
          messageId: "trackerOnSensitivePage",
          line: lineOf(ga4, '"type": "gaawc"'),
          column: columnOf(ga4, '"type": "gaawc"'),
          endColumn: columnOf(ga4, '"type": "gaawc"') + '"type": "gaawc"'.length,
          data: {
            what: 'The Google Analytics GA4 Configuration tag "GA4 - Google Tag (All Pages)" (gaawc)',
            vendor: "the Google tag (gtag.js / Google Analytics)",
            company: "Google",
            leaks: "the page address and title, with a persistent Google client id",
            why: ALL_PAGES_WHY("tag", "GA4 - Google Tag (All Pages)"),
          },
        },
      ],
    },
    {
      name: "\"does not contain /support/\" still fires on /support itself, which /support/** covers",
      code: negatedWithSlash,
      filename: FILE,
      settings: SUPPORT,
      errors: [{ messageId: "trackerOnSensitivePage", line: lineOf(negatedWithSlash, '"type": "sp"') }],
    },
    {
      name: "an exception trigger of another event (DOM Ready) does not block an All Pages tag",
      code: blockedOnOtherEvent,
      filename: FILE,
      settings: SUPPORT,
      errors: [{ messageId: "trackerOnSensitivePage", line: lineOf(blockedOnOtherEvent, '"type": "hjtc"') }],
    },
    {
      name: "a Hotjar tag blocked on the support pages still reaches another sensitive path",
      code: blocked,
      filename: FILE,
      settings: { "pixel-guard": { sensitiveUrls: ["/support/**", "/hiv/**"] } },
      errors: [{ messageId: "trackerOnSensitivePage", line: lineOf(blocked, '"type": "hjtc"') }],
    },
  ],
});
