/**
 * The vendors added for issue 9, each from a real site's snippet (tests/fixtures/vendor-snippets,
 * ids replaced), on a sensitive page: every loader, beacon and call at its place. The snippets keep
 * their real shapes: minified stubs, loaders built from `host + "/j/roundtrip.js"`, three spellings
 * of one URL in a ternary, `document.write` of an iframe. And the first-party, cookieless ones: not
 * reported by default, reported with `reportFirstPartyAnalytics: true`, the setting checked.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import rule from "../../src/rules/no-third-party-trackers.js";
import { parseSettings, SettingsError } from "../../src/sensitivity/settings.js";
import { htmlTester } from "../rule-tester.js";

const SNIPPETS = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/vendor-snippets");
const TAG = "<!-- sensitive-content: health -->\n";
const snippet = (vendor: string): string => readFileSync(path.join(SNIPPETS, `${vendor}.html`), "utf8");
const code = (line: number, column: number) => ({ messageId: "trackerOnSensitivePage", line, column });
const call = (line: number, column: number) => ({ messageId: "trackerCallOnSensitivePage", line, column });
const reportFirstParty = { "pixel-guard": { reportFirstPartyAnalytics: true } };

htmlTester.run("no-third-party-trackers (real snippets)", rule as never, {
  valid: [
    { name: "the Quora Pixel on a page that is not sensitive", filename: "index.html", code: snippet("quora") },
    { name: "a link to Criteo's and Taboola's home pages", filename: "report.html", code: `${TAG}<a href="https://www.criteo.com/">Criteo</a> <a href="https://www.taboola.com/">Taboola</a>` },
    { name: "dataLayer pushes without an event, and a site reading its queue", filename: "report.html", code: `${TAG}<script>window.dataLayer = window.dataLayer || [];\ndataLayer.push({ ecommerce: null });\ndataLayer.filter((e) => e.event);</script>` },
    { name: "a site's own hj() and ga() that are not Hotjar's or Google's commands", filename: "report.html", code: `${TAG}<script>hj(node); ga(1, 2); heap.push(3);</script>` },
    { name: "self-hosted Matomo, by default", filename: "report.html", code: TAG + snippet("matomo") },
    { name: "Plausible, by default", filename: "report.html", code: TAG + snippet("plausible") },
    { name: "Fathom, by default", filename: "report.html", code: TAG + snippet("fathom") },
    { name: "GoatCounter, by default", filename: "report.html", code: TAG + snippet("goatcounter") },
    { name: "Umami, by default", filename: "report.html", code: TAG + snippet("umami") },
    { name: "Simple Analytics, by default", filename: "report.html", code: TAG + snippet("simple-analytics") },
    { name: "Cloudflare Web Analytics, by default", filename: "report.html", code: TAG + snippet("cloudflare-web-analytics") },
  ],
  invalid: [
    { name: "Segment's analytics.js snippet (v4.15), then load, page and identify", filename: "report.html", code: TAG + snippet("segment"), errors: [code(3, 843), call(4, 3), call(5, 3), call(7, 3)] },
    { name: "the Criteo OneTag loader and its criteo_q.push of events (a Blade template's, Prettier-formatted)", filename: "report.html", code: TAG + snippet("criteo"), errors: [code(2, 37), call(6, 1)] },
    { name: "Taboola's _taboola.push and its protocol-relative loader", filename: "report.html", code: TAG + snippet("taboola"), errors: [call(4, 5), code(11, 5)] },
    { name: "the Outbrain Pixel, with its OB_ADV_ID, and obApi('track')", filename: "report.html", code: TAG + snippet("outbrain"), errors: [code(7, 274), call(8, 1)] },
    { name: 'the Quora Pixel, its qp calls and the noscript beacon', filename: "report.html", code: TAG + snippet("quora"), errors: [code(5, 264), call(6, 1), call(7, 1), code(9, 63)] },
    { name: 'the Nextdoor Pixel (its second snippet shape), ndp calls and the noscript beacon', filename: "report.html", code: TAG + snippet("nextdoor"), errors: [code(7, 7), call(10, 1), call(11, 1), code(14, 60)] },
    { name: "AdRoll's roundtrip snippet: the loader hosts, each in its own string", filename: "report.html", code: TAG + snippet("adroll"), errors: [code(10, 68), code(10, 93)] },
    { name: 'the Mixpanel 2.0 snippet (minified, three spellings of its loader), init, identify and people.set', filename: "report.html", code: TAG + snippet("mixpanel"), errors: [code(2, 1366), code(2, 1429), code(2, 1483), call(3, 1), call(4, 9), call(4, 37)] },
    { name: 'the legacy Amplitude snippet and getInstance().init / .logEvent', filename: "report.html", code: TAG + snippet("amplitude"), errors: [code(5, 10), call(8, 3), call(9, 3)] },
    { name: 'the Heap snippet, heap.load, identify and addUserProperties', filename: "report.html", code: TAG + snippet("heap"), errors: [code(3, 183), call(4, 3), call(5, 3), call(6, 3)] },
    { name: "FullStory's snippet (its _fs_script) and FS('setIdentity')", filename: "report.html", code: TAG + snippet("fullstory"), errors: [code(4, 24), call(18, 1)] },
    { name: "the Yandex Metrica counter: tag.js, ym(id, 'init'), ym(id, 'reachGoal') and the noscript beacon", filename: "report.html", code: TAG + snippet("yandex-metrica"), errors: [code(8, 33), call(10, 4), call(16, 4), code(18, 26)] },
    { name: "the PostHog snippet's hosts, posthog.init and identify", filename: "report.html", code: TAG + snippet("posthog"), errors: [code(3, 348), code(3, 365), call(4, 5), code(4, 78), call(5, 5)] },
    { name: 'Matomo Cloud: its _paq calls belong to Matomo Cloud in a file that loads cdn.matomo.cloud', filename: "report.html", code: TAG + snippet("matomo-cloud"), errors: [call(6, 3), call(7, 3), call(10, 5), call(11, 5), code(13, 25)] },
    { name: "hj('event'), hj('identify') and hj('stateChange') calls", filename: "report.html", code: TAG + snippet("hotjar-calls"), errors: [call(4, 5), call(5, 5), call(9, 5)] },
    { name: "Universal Analytics (analytics.js, ga('create'|'send')) and the legacy ga.js _gaq queue", filename: "report.html", code: TAG + snippet("google-analytics"), errors: [code(7, 29), call(9, 1), call(10, 1), call(15, 3), call(16, 3)] },
    { name: 'a Floodlight tag: the document.write iframe and the noscript image', filename: "report.html", code: TAG + snippet("floodlight"), errors: [code(11, 16), code(14, 11)] },
    { name: 'dataLayer.push of an event (a push without event is not one)', filename: "report.html", code: TAG + snippet("gtm-events"), errors: [call(5, 3)] },
    { name: "self-hosted Matomo when asked for", filename: "report.html", settings: reportFirstParty, code: TAG + snippet("matomo"), errors: [call(6, 3), call(7, 3), call(10, 5), call(11, 5)] },
    { name: "Plausible when asked for", filename: "report.html", settings: reportFirstParty, code: TAG + snippet("plausible"), errors: [code(2, 46), call(4, 9)] },
    { name: "Simple Analytics when asked for", filename: "report.html", settings: reportFirstParty, code: TAG + snippet("simple-analytics"), errors: [code(3, 20), code(4, 21)] },
  ],
});

describe("reportFirstPartyAnalytics", () => {
  it("is a boolean, off when absent", () => {
    expect(parseSettings({ reportFirstPartyAnalytics: true }).reportFirstPartyAnalytics).toBe(true);
    expect(parseSettings({}).reportFirstPartyAnalytics).toBeUndefined();
  });

  it("is an error naming the key when it is not a boolean", () => {
    expect(() => parseSettings({ reportFirstPartyAnalytics: "yes" })).toThrow(SettingsError);
    expect(() => parseSettings({ reportFirstPartyAnalytics: "yes" })).toThrow('pixel-guard: settings["pixel-guard"].reportFirstPartyAnalytics must be true or false, got "yes"');
  });
});
