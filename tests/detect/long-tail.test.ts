/**
 * The long tail read from third-party-web: which entities and domains it takes, how a host is
 * looked up (label by label, hand-written hosts first), the prefilter's host check, the vendor ids
 * `allow` takes, and what markup a long-tail host makes.
 */
import { longTail, LONG_TAIL_PREFIX, vendorById } from "../../src/detect/catalogue/index.js";
import { longTailHostsIn, longTailVendorOfHost } from "../../src/detect/long-tail/hosts.js";
import { mayHoldTracker } from "../../src/detect/needles.js";
import { scanFile } from "../../src/detect/scan.js";
import { parseSource } from "../../src/language/index.js";
import { settingsOf } from "../../src/sensitivity/settings.js";

const idOf = (host: string): string | undefined => longTailVendorOfHost(host)?.id;

function scanPage(text: string) {
  const parsed = parseSource(text, "page.html");
  return scanFile({ text, ast: parsed.ast, visitorKeys: parsed.visitorKeys });
}

describe("the long tail's data", () => {
  it("is read from the installed package: ad, analytics, tag-manager, social and marketing entities", () => {
    const data = longTail();
    expect(data.version).toMatch(/^0\.\d+\.\d+$/);
    expect(data.vendors.size).toBeGreaterThan(1000);
    expect(data.domains.size).toBeGreaterThan(1500);
    expect(new Set(data.categories.values())).toEqual(new Set(["ad", "analytics", "tag-manager", "social", "marketing"]));
  });

  it("names each vendor after its entity, with the company when the data has one", () => {
    expect(vendorById("third-party-web:chartbeat")).toMatchObject({ name: "Chartbeat", company: "Chartbeat" });
    expect(vendorById("third-party-web:google-doubleclick-ads")).toMatchObject({ name: "Google/Doubleclick Ads", company: "Google" });
    expect(vendorById("third-party-web:adobe-tag-manager")).toMatchObject({ name: "Adobe Tag Manager", company: "Adobe" });
    expect(vendorById(`${LONG_TAIL_PREFIX}no-such-entity`)).toBeUndefined();
  });
});

describe("longTailVendorOfHost", () => {
  it.each([
    ["sb.scorecardresearch.com", "third-party-web:scorecard-research"],
    ["secure.quantserve.com", "third-party-web:quantcast"],
    ["static.chartbeat.com", "third-party-web:chartbeat"],
    ["js.hs-scripts.com", "third-party-web:hubspot"],
    ["assets.adobedtm.com", "third-party-web:adobe-tag-manager"],
    ["pagead2.googlesyndication.com", "third-party-web:google-doubleclick-ads"],
    ["www.googletagservices.com", "third-party-web:google-doubleclick-ads"],
    ["doug1izaerwt3.cloudfront.net", "third-party-web:kissmetrics"],
    ["PIXEL.QUANTSERVE.COM", "third-party-web:quantcast"],
  ])("%s is %s", (host, id) => expect(idOf(host)).toBe(id));

  it.each([
    ["fonts.googleapis.com", "a font CDN"],
    ["cdn.jsdelivr.net", "a CDN"],
    ["www.youtube.com", "a video embed"],
    ["widget.intercom.io", "a chat widget (customer-success)"],
    ["maps.googleapis.com", "maps (utility)"],
    ["www.recaptcha.net", "a captcha (utility)"],
    ["consent.cookiebot.com", "a consent provider"],
    ["plausible.io", "cookieless analytics"],
    ["www.microsoft.com", "Microsoft's own site, listed under Bing Ads"],
    ["x.tools.luckyorange.net.example", "a host that only starts like one"],
    ["www.d10lpsik1i8c69.cloudfront.net", "below a host listed without `*.`: only that host"],
    ["other.cloudfront.net", "a shared CDN: only the listed hosts of it count"],
    ["myquantserve.com", "a host that only ends like one"],
  ])("%s is not (%s)", (host) => expect(idOf(host)).toBeUndefined());

  it.each([
    ["static.hotjar.com", "hotjar's own host"],
    ["www.googletagmanager.com", "Google tag and GTM hosts"],
    ["www.facebook.com", "Meta's host"],
    ["snap.licdn.com", "LinkedIn's Insight Tag host"],
    ["a.b.sc-static.net", "a subdomain of Snap's host"],
    ["stats.g.doubleclick.net", "on the domain of Google Ads' googleads.g.doubleclick.net"],
    ["i.pinimg.com", "on the domain of Pinterest's tag host s.pinimg.com"],
    ["platform.linkedin.com", "on the domain of LinkedIn's px.ads.linkedin.com"],
  ])("%s is the hand-written catalogue's (%s), not the long tail's", (host) => expect(idOf(host)).toBeUndefined());
});

describe("longTailHostsIn", () => {
  it("finds hosts after //, JSON's \\/\\/ and a string's leading dot, not bare hosts, with their offsets", () => {
    const text = `a="//static.chartbeat.com/js" b="https:\\/\\/js.hs-scripts.com/1.js" c=".quantserve.com/quant.js" d=chartbeat.com e="cdn.parsely.com/p.js"`;
    expect(longTailHostsIn(text).map((hit) => [hit.host, text.slice(hit.start, hit.end)])).toEqual([
      ["static.chartbeat.com", "static.chartbeat.com"],
      ["js.hs-scripts.com", "js.hs-scripts.com"],
      ["quantserve.com", "quantserve.com"],
    ]);
  });

  it("stays linear on a long run of labels and on slashes", () => {
    const text = `"${"a.".repeat(50_000)}1 ${"/".repeat(100_000)}`;
    expect(longTailHostsIn(text)).toEqual([]);
  });
});

describe("mayHoldTracker (the prefilter) and the long tail", () => {
  it("lets through a page that loads from the long tail, and only its hosts", () => {
    expect(mayHoldTracker(`<script src="https://static.chartbeat.com/js/chartbeat.js"></script>`)).toBe(true);
    expect(mayHoldTracker(`elem.src = (https ? "https://secure" : "http://edge") + ".quantserve.com/quant.js";`)).toBe(true);
  });

  it("leaves unparsed a page that loads only fonts, CDNs and embeds", () => {
    const page = `<link href="https://fonts.googleapis.com/css2?family=Inter" rel="stylesheet"><script src="https://cdn.jsdelivr.net/npm/a@1"></script><iframe src="https://www.youtube.com/embed/x"></iframe><p>Visit example.org, e.g. docs.example.org.</p><script>document.location.protocol.length</script>`;
    expect(mayHoldTracker(page)).toBe(false);
  });
});

describe("markup to a long-tail host", () => {
  it("an invisible image beacon is the vendor's finding, not also a hidden image", () => {
    const scan = scanPage(`<img src="https://pixel.quantserve.com/pixel/p-1.gif" border="0" height="1" width="1" alt="Quantcast"/>`);
    expect(scan.findings.map((finding) => [finding.vendor.id, finding.kind])).toEqual([["third-party-web:quantcast", "beacon"]]);
    expect(scan.markup).toEqual([]);
  });

  it("a resource hint and a CSS url() are tracking markup of the vendor", () => {
    const scan = scanPage(`<link rel="preconnect" href="https://dev.visualwebsiteoptimizer.com" />\n<div style="background:url(https://sb.scorecardresearch.com/p?c1=2)"></div>`);
    expect(scan.findings).toEqual([]);
    expect(scan.markup.map((markup) => [markup.kind, markup.vendor?.id])).toEqual([
      ["resource-hint", "third-party-web:vwo"],
      ["css-beacon", "third-party-web:scorecard-research"],
    ]);
  });

  it("a link to a tracker's site, a form posting to it and an og:image are not loads", () => {
    const scan = scanPage(`<a href="https://www.hubspot.com/">HubSpot</a><form action="https://forms.hubspot.com/uploads/form/v2/1/2"></form><meta property="og:image" content="https://cdn2.hubspot.net/x.png">`);
    expect(scan.findings).toEqual([]);
  });
});

describe("settings: allow[].vendors takes long-tail ids", () => {
  it("accepts an entity of the long tail and rejects one that is not in the data", () => {
    expect(settingsOf({ "pixel-guard": { sensitive: ["x/**"], allow: [{ paths: ["x/**"], vendors: ["third-party-web:chartbeat", "gtm"] }] } }).allow[0]?.vendors).toEqual(["third-party-web:chartbeat", "gtm"]);
    expect(() => settingsOf({ "pixel-guard": { allow: [{ paths: ["x/**"], vendors: ["third-party-web:intercom"] }] } })).toThrow('allow[0].vendors[0] is not a known vendor id: "third-party-web:intercom"');
  });
});
