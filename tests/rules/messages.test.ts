/**
 * Every message of every rule, rendered with the longest data the rules hand it (the longest vendor
 * name and company, catalogue and long tail; a long chain; a tag-manager reason), reads as the
 * house style asks: what leaks to whom in a first sentence short enough for an editor hover, the
 * evidence, then one sentence on what to do; no nested parentheses, no placeholder left unfilled.
 * Then every fixture site, linted with the recommended config, is held to the same with real data.
 */
import path from "node:path";
import { longTail, VENDORS } from "../../src/detect/catalogue/index.js";
import { CONSENT_MANAGERS } from "../../src/detect/consent/managers.js";
import plugin from "../../src/index.js";
import { FIXTURES, lintIn } from "../templates/helpers.js";
import { readdirSync } from "node:fs";

const longest = (values: Iterable<string>): string => [...values].reduce((a, b) => (b.length > a.length ? b : a), "");
const vendors = [...VENDORS, ...longTail().vendors.values()];

/** The longest value each placeholder takes. */
const SAMPLES: Record<string, string> = {
  what: "The fbevents.js loader (connect.facebook.net/en_US/fbevents.js?v=2.9.177&r=stable&domain=www.example.nhs.uk)",
  call: "fbq('trackCustom', 'DomesticAbuseReferralFormSubmitted')",
  vendor: longest(vendors.map((vendor) => vendor.name)),
  company: longest(vendors.map((vendor) => vendor.company)),
  leaks: longest(vendors.map((vendor) => vendor.leaks)),
  why: 'GTM tag "Meta Pixel - Base (paused, and one click from live)" fires through trigger "All Pages" where Page Path starts with "/support", which includes /support/rape-and-sexual-assault',
  gate: longest(CONSENT_MANAGERS.map((manager) => `${manager.name} (strictly necessary)`)),
  caveat: longest(CONSENT_MANAGERS.map((manager) => manager.caveat ?? "")),
  manager: longest(CONSENT_MANAGERS.map((manager) => manager.name)),
  chain: "layouts/base.njk -> partials/head.njk -> partials/analytics/marketing.njk -> partials/analytics/meta.njk:12",
  more: " (and 12 more)",
  source: "PixelYourSite (wp-content/plugins/pixelyoursite/pixelyoursite.php)",
  place: "wp_head() in wp-content/themes/police-force-child-theme/header.php:41",
  detail: "em, ph, fn, ln, external_id, zp, ct, db",
  error: "Unexpected token (14:23) in an inline script",
  category: "sexual-offences",
  phrases: "'report rape', 'sexual assault', 'domestic abuse'",
  tracker: "the Google tag (gtag.js / Google Analytics), through layouts/base.njk -> partials/analytics.njk:4",
  id: "'701632633715996'",
  example: 'button labels such as "Report rape or sexual assault: start he…"',
};

/** Suggestions are a button's title, not a message a person reads in a hover. */
const SUGGESTIONS = new Set(["insertAutoConfigOff", "addAutoConfigOption"]);

/** The verbs a "what to do" sentence opens with. */
const TO_DO = /^(?:Remove|Move|Keep|Tag|Turn|Pass|Replace|Send|Report|Load)\b/;

const render = (template: string, data: Record<string, string>): string => template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, key: string) => data[key] ?? all);

/** Sentences: a full stop, then a space and a capital (a URL's or file's dots stay inside). */
const sentencesOf = (message: string): string[] => message.split(/(?<=\.) (?=[A-Z"])/);

/** The deepest nesting of parentheses in a text. */
function depthOf(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === "(") deepest = Math.max(deepest, ++depth);
    else if (char === ")") depth--;
  }
  return deepest;
}

/** The placeholders of every template: in real data, `{{ site.pixelId }}` is the site's own template code. */
const PLACEHOLDER = new RegExp(String.raw`\{\{\s*(?:${Object.keys(SAMPLES).join("|")})\s*\}\}`);

/** Quoted code (`fbq('init', '@(site.Value("id"))')`) may hold parentheses of its own: only the wording is held to one level. */
function problemsOf(message: string, { code = false } = {}): string[] {
  const problems: string[] = [];
  const sentences = sentencesOf(message);
  const first = sentences[0] ?? "";
  const last = sentences[sentences.length - 1] ?? "";
  if (first.length > 120) problems.push(`first sentence is ${first.length} characters: ${first}`);
  if (sentences.length < 2 || !TO_DO.test(last)) problems.push(`no "what to do" sentence last: ${message}`);
  if (!code && depthOf(message) > 1) problems.push(`nested parentheses: ${message}`);
  if (PLACEHOLDER.test(message)) problems.push(`unfilled placeholder: ${message}`);
  return problems;
}

const cases = Object.entries(plugin.rules).flatMap(([id, rule]) =>
  Object.entries((rule.meta as { messages: Record<string, string> }).messages)
    .filter(([messageId]) => !SUGGESTIONS.has(messageId) && messageId !== "internalError")
    .map(([messageId, template]) => ({ name: `${id} ${messageId}`, template })),
);

describe("every rule's messages, with the longest data", () => {
  it("has a sample for every placeholder of every message", () => {
    const placeholders = new Set(cases.flatMap(({ template }) => [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? "")));
    expect([...placeholders].filter((key) => !(key in SAMPLES))).toEqual([]);
  });

  it.each(cases)("$name", ({ template }) => {
    expect(problemsOf(render(template, SAMPLES))).toEqual([]);
  });

  it("catches what it is there to catch", () => {
    expect(problemsOf("The Meta Pixel (the Google tag (gtag.js)) sends Meta {{leaks}}. Remove it.")).toHaveLength(2);
    expect(problemsOf(`${"x".repeat(121)}. Remove it.`)).toHaveLength(1);
    expect(problemsOf("The Meta Pixel sends Meta the visit. It is on line 1.")).toHaveLength(1);
  });
});

describe("every message the fixture sites produce, with real data", () => {
  const sites = readdirSync(FIXTURES).filter((name) => /^(?:graph|cms|gtm|untagged|next|vendor|long-tail|cli-sensitive)/.test(name));

  it.each(sites)("%s", async (site) => {
    const results = await lintIn(path.join(FIXTURES, site));
    const messages = results.flatMap((result) => result.messages.filter((message) => message.ruleId?.startsWith("pixel-guard/")).map((message) => message.message));
    expect(messages.flatMap((message) => problemsOf(message, { code: true }))).toEqual([]);
  });
});
