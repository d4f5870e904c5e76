/**
 * Consent managers as data: which markers hold an element and what category they name, which
 * values mean "runs without consent", markers shared with other software, the held script types
 * the language reads as JavaScript, and that every vendor the data names is in the catalogue.
 */
import { parsedView } from "../../src/detect/analysis.js";
import { vendorById } from "../../src/detect/catalogue/index.js";
import { gateOfElement } from "../../src/detect/consent/gates.js";
import { CONSENT_APIS, CONSENT_MANAGERS, TARTEAUCITRON } from "../../src/detect/consent/managers.js";
import { scanFile } from "../../src/detect/scan.js";
import { trackersOf } from "../../src/detect/trackers.js";
import { parseSource } from "../../src/language/index.js";
import { scriptKindOf } from "../../src/language/scripts.js";

const attrs = (html: string): Array<{ name: string; value: string }> =>
  [...html.matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => ({ name: match[1] as string, value: match[2] as string }));

describe("gateOfElement", () => {
  it.each([
    ['type="text/plain" data-cookieconsent="statistics, marketing"', true, "Cookiebot (statistics, marketing)"],
    ['data-cookieblock-src="https://www.youtube.com/embed/x" data-cookieconsent="marketing"', false, "Cookiebot (marketing)"],
    ['type="text/plain" class="optanon-category-C0002-C0004"', true, "OneTrust (performance, targeting)"],
    ['class="_iub_cs_activate-inline" type="text/plain" data-iub-purposes="4, 5"', true, "iubenda (measurement, marketing)"],
    ['class="_iub_cs_activate" type="text/plain"', true, "iubenda"],
    ['type="text/plain" data-cookieyes="cookieyes-advertisement"', true, "CookieYes (advertisement)"],
    ['data-osano="ANALYTICS"', true, "Osano (ANALYTICS)"],
    ['data-cmp-vendor="s26" class="cmplazyload"', false, "consentmanager (s26)"],
    ['type="text/plain" data-usercentrics="Facebook Pixel"', true, "Usercentrics (Facebook Pixel)"],
    ['type="text/plain" class="cmplz-script" data-service="facebook"', true, "Complianz (marketing)"],
    ['type="text/plain" data-type="application/javascript" data-name="google-analytics"', true, "Klaro (google-analytics)"],
    ['type="text/plain" data-category="analytics" data-service="Google Analytics"', true, "Complianz (Google Analytics)"],
    ['type="text/plain" data-category="analytics"', true, "a consent manager (analytics)"],
    ['type="text/plain" data-borlabs-cookie-script-blocker-id="facebook"', true, 'a consent manager (type="text/plain")'],
  ])("%s is held by %s", (html, isScript, label) => {
    expect(gateOfElement(attrs(html), isScript, "")?.label).toBe(label);
  });

  it.each([
    ['data-cookieconsent="ignore"', "Cookiebot's ignore: it runs without consent"],
    ['type="text/plain" class="optanon-category-C0001"', "OneTrust's strictly necessary category"],
    ['data-osano="ESSENTIAL"', "Osano's essential"],
    ['type="text/plain" data-cookieyes="cookieyes-necessary"', "CookieYes' necessary"],
    ['type="text/javascript" data-category="functional" class="cmplz-native"', "Complianz's native script"],
    ['data-name="facebook"', "data-name on a live script (too common to mean Klaro)"],
    ['data-cmp-is="image" data-cmp-src="/content/dam/hero.png"', "Adobe AEM's data-cmp-src image"],
  ])("%s holds nothing (%s)", (html) => {
    expect(gateOfElement(attrs(html), true, "")).toBeNull();
  });
});

describe("scriptKindOf", () => {
  it.each([
    ['type="text/plain"', "held"],
    ['type="plain/text"', "held"],
    ['type="opt-in" data-type="application/javascript"', "held"],
    ['type="text/x-blocked" data-cmp-type="application/javascript"', "held"],
    ['type="text/partytown"', "javascript"],
    ['type="text/template" data-type="text/html"', "other"],
    ['type="application/ld+json"', "other"],
  ])("a script with %s is %s", (html, kind) => {
    expect(scriptKindOf(attrs(html))).toBe(kind);
  });
});

describe("tarteaucitron services", () => {
  it("holds a site's own service: the Pixel inside its js function", () => {
    const text = [
      "<!-- sensitive-content -->",
      "<script>",
      "tarteaucitron.services.facebookpixel = {",
      "  key: 'facebookpixel', type: 'ads', name: 'Facebook Pixel', needConsent: true, cookies: ['_fbp'],",
      "  js: function () {",
      "    fbq('init', '1');",
      "  }",
      "};",
      "fbq('track', 'Lead');",
      "</script>",
    ].join("\n");
    const scan = scanFile(parsedView(text, "page.html", () => parseSource(text, "page.html")));
    expect(trackersOf(scan).map((tracker) => [tracker.label, tracker.gate?.label ?? null])).toEqual([
      ["fbq('init', '1')", "tarteaucitron (facebookpixel)"],
      ["fbq('track', 'Lead')", null],
    ]);
  });

  it("finds a job in a file that names no tracker host", () => {
    const text = "tarteaucitron.user.hotjarId = 1;\n(tarteaucitron.job = tarteaucitron.job || []).push('hotjar');";
    const scan = scanFile(parsedView(text, "src/consent.js", () => parseSource(text, "src/consent.js")));
    expect(scan.findings.map((finding) => [finding.vendor.id, finding.label, finding.range[0]])).toEqual([["hotjar", "tarteaucitron's 'hotjar' service", text.indexOf("(tarteaucitron.job")]]);
  });
});

describe("the consent data", () => {
  it("names only vendors the catalogue knows", () => {
    const ids = [...Object.values(TARTEAUCITRON.jobs), ...CONSENT_APIS.flatMap((api) => [api.vendor, ...api.covers])];
    expect(ids.filter((id) => !vendorById(id))).toEqual([]);
  });

  it("gives every manager a name and at least one marker", () => {
    expect(CONSENT_MANAGERS.filter((manager) => !manager.name || manager.markers.length === 0)).toEqual([]);
  });
});
