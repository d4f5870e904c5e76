/**
 * Every hand-written vendor of the catalogue, found where a page really has it: a `<script src>` of
 * its loader, inline code (its snippet or a call), and its image beacon where it has one, each at
 * its exact line and column on a sensitive page. And what is not the vendor: a link to its home
 * page, a site function or object of the same name, and prose naming it. First-party, cookieless
 * analytics are found only when `reportFirstPartyAnalytics` asks for them.
 */
import { Linter } from "eslint";
import { META_ID, VENDORS, type Vendor } from "../../src/detect/catalogue/index.js";
import plugin from "../../src/index.js";

interface Example {
  /** A loader URL for `<script src>`; null when the vendor has no script (a Floodlight tag is a frame or an image). */
  loader: string | null;
  /** Inline code, and the text at which its first finding starts. */
  inline: string;
  at: string;
  /** An image beacon URL, where the vendor has one. */
  beacon?: string;
}

const EXAMPLES: Record<string, Example> = {
  meta: { loader: "https://connect.facebook.net/en_US/fbevents.js", inline: "fbq('init', '1234567890');", at: "fbq", beacon: "https://www.facebook.com/tr?id=1234567890&ev=PageView&noscript=1" },
  "meta-social": { loader: "https://connect.facebook.net/en_GB/sdk.js#xfbml=1&version=v19.0", inline: "FB.init({ appId: '1', version: 'v19.0' });", at: "FB.init" },
  "google-tag": { loader: "https://www.googletagmanager.com/gtag/js?id=G-ABC123", inline: "ga('send', 'pageview');", at: "ga(", beacon: "https://www.google-analytics.com/collect?v=1&tid=UA-1-1&t=pageview" },
  gtm: { loader: "https://www.googletagmanager.com/gtm.js?id=GTM-XXXX", inline: "window.dataLayer = window.dataLayer || [];\ndataLayer.push({ event: 'form_submit' });", at: "dataLayer.push" },
  "google-ads": { loader: "https://www.googleadservices.com/pagead/conversion.js", inline: "var google_conversion_id = 123456789;", at: "google_conversion_id", beacon: "https://googleads.g.doubleclick.net/pagead/viewthroughconversion/123456789/?guid=ON&script=0" },
  tiktok: { loader: "https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C4ABC", inline: "ttq.load('C4ABC'); ttq.page();", at: "ttq.load" },
  linkedin: { loader: "https://snap.licdn.com/li.lms-analytics/insight.min.js", inline: "window.lintrk('track', { conversion_id: 42 });", at: "window.lintrk", beacon: "https://px.ads.linkedin.com/collect/?pid=123&fmt=gif" },
  pinterest: { loader: "https://s.pinimg.com/ct/core.js", inline: "pintrk('load', '2612345678901'); pintrk('page');", at: "pintrk", beacon: "https://ct.pinterest.com/v3/?event=init&tid=2612345678901&noscript=1" },
  snap: { loader: "https://sc-static.net/scevent.min.js", inline: "snaptr('init', 'abc'); snaptr('track', 'PAGE_VIEW');", at: "snaptr", beacon: "https://tr.snapchat.com/p?pid=abc&ev=PAGE_VIEW" },
  x: { loader: "https://static.ads-twitter.com/uwt.js", inline: "twq('config', 'o1234');", at: "twq", beacon: "https://analytics.twitter.com/i/adsct?txn_id=o1234&p_id=Twitter" },
  reddit: { loader: "https://www.redditstatic.com/ads/pixel.js", inline: "rdt('init', 'a2_x'); rdt('track', 'PageVisit');", at: "rdt", beacon: "https://alb.reddit.com/snoo.gif?q=CAAHAAABAAoACQAAAA&s=x" },
  "microsoft-uet": { loader: "https://bat.bing.com/bat.js", inline: "window.uetq = window.uetq || []; window.uetq.push('event', 'submit', {});", at: "window.uetq.push", beacon: "https://bat.bing.com/action/0?ti=5064160&Ver=2" },
  hotjar: { loader: "https://static.hotjar.com/c/hotjar-1234567.js?sv=6", inline: "hj('event', 'report_started');", at: "hj(" },
  clarity: { loader: "https://www.clarity.ms/tag/abcdef1234", inline: "clarity('set', 'page', 'report');", at: "clarity(" },
  floodlight: {
    loader: null,
    inline: "document.write('<iframe src=\"https://1234567.fls.doubleclick.net/activityi;src=1234567;type=contact;cat=form0;ord=' + a + '?\" width=\"1\" height=\"1\"></iframe>');",
    at: "'<iframe",
    beacon: "https://ad.doubleclick.net/ddm/activity/src=1234567;type=contact;cat=form0;ord=1?",
  },
  segment: { loader: "https://cdn.segment.com/analytics.js/v1/KEY/analytics.min.js", inline: 'analytics.load("KEY");\nanalytics.page();', at: "analytics.load" },
  criteo: { loader: "https://static.criteo.net/js/ld/ld.js", inline: 'window.criteo_q = window.criteo_q || [];\nwindow.criteo_q.push({ event: "setAccount", account: 26770 }, { event: "viewHome" });', at: "window.criteo_q.push" },
  taboola: { loader: "https://cdn.taboola.com/libtrc/examplepublisher/loader.js", inline: "window._taboola = window._taboola || [];\n_taboola.push({ article: 'auto' });", at: "_taboola.push" },
  outbrain: { loader: "https://amplify.outbrain.com/cp/obtp.js", inline: "obApi('track', 'PAGE_VIEW');", at: "obApi", beacon: "https://tr.outbrain.com/unifiedPixel?marketerId=00a1b2&obApiVersion=1.1&name=PAGE_VIEW&noscript=1" },
  quora: { loader: "https://a.quora.com/qevents.js", inline: "qp('init', '420c4ed950234e288ea121dd8d179d93');", at: "qp(", beacon: "https://q.quora.com/_/ad/420c4ed950234e288ea121dd8d179d93/pixel?tag=ViewContent&noscript=1" },
  nextdoor: { loader: "https://ads.nextdoor.com/public/pixel/ndp.js?id=c729dacc", inline: "ndp('init', 'c729dacc', {});\nndp('track', 'PAGE_VIEW');", at: "ndp(", beacon: "https://flask.nextdoor.com/pixel?pid=c729dacc&ev=PAGE_VIEW&noscript=1" },
  adroll: { loader: "https://s.adroll.com/j/4CQCJ6Z6UZCHLPUNOEFLHT/roundtrip.js", inline: 'adroll_adv_id = "4CQCJ6Z6UZCHLPUNOEFLHT";\nadroll_pix_id = "IZLBRUOOFNDUDCJO4M4Y5I";', at: "adroll_adv_id", beacon: "https://d.adroll.com/cm/index/out?advertisable=4CQCJ6Z6UZCHLPUNOEFLHT" },
  mixpanel: { loader: "https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js", inline: 'mixpanel.init("fa12a73d7a87c116d0b64f99cfc0f107");', at: "mixpanel.init", beacon: "https://api.mixpanel.com/track/?data=eyJldmVudCI6ICJ2aWV3In0&ip=1&img=1" },
  amplitude: { loader: "https://cdn.amplitude.com/libs/analytics-browser-2.11.1-min.js.gz", inline: "amplitude.getInstance().logEvent('Home Page Visited');", at: "amplitude" },
  heap: { loader: "https://cdn.heapanalytics.com/js/heap-3106149795.js", inline: 'heap.load("3106149795");', at: "heap.load", beacon: "https://heapanalytics.com/h?a=3106149795&u=x" },
  fullstory: { loader: "https://edge.fullstory.com/s/fs.js", inline: "FS('setIdentity', { uid: user.id });", at: "FS(" },
  "yandex-metrica": { loader: "https://mc.yandex.ru/metrika/tag.js", inline: 'ym(110442409, "init", { webvisor: true });', at: "ym(", beacon: "https://mc.yandex.ru/watch/110442409" },
  posthog: { loader: "https://us-assets.i.posthog.com/static/array.js", inline: "posthog.init('phc_9dAu8iyvFf71', { api_host: 'https://eu.i.posthog.com' });", at: "posthog.init" },
  "matomo-cloud": { loader: "https://cdn.matomo.cloud/example.matomo.cloud/matomo.js", inline: "var u = 'https://example.matomo.cloud/matomo.php';", at: "'https", beacon: "https://example.matomo.cloud/matomo.php?idsite=1&rec=1" },
  matomo: { loader: null, inline: "var _paq = window._paq = window._paq || [];\n_paq.push(['trackPageView']);", at: "_paq.push" },
  plausible: { loader: "https://plausible.io/js/script.js", inline: "plausible('Signup', { props: { plan: 'free' } });", at: "plausible(" },
  fathom: { loader: "https://cdn.usefathom.com/script.js", inline: "fathom.trackEvent('donate click');", at: "fathom" },
  goatcounter: { loader: "https://gc.zgo.at/count.js", inline: "window.goatcounter.count({ path: 'report' });", at: "window.goatcounter", beacon: "https://example.goatcounter.com/count?p=/test-noscript" },
  umami: { loader: "https://cloud.umami.is/script.js", inline: "umami.track('signup-button');", at: "umami" },
  "simple-analytics": { loader: "https://scripts.simpleanalyticscdn.com/latest.js", inline: "sa_event('signup');", at: "sa_event", beacon: "https://queue.simpleanalyticscdn.com/noscript.gif" },
  "cloudflare-web-analytics": { loader: "https://static.cloudflareinsights.com/beacon.min.js", inline: "var s = 'https://static.cloudflareinsights.com/beacon.min.js';", at: "'https" },
};

const TAG = "<!-- sensitive-content: health -->\n";
const RULES: Linter.RulesRecord = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`pixel-guard/${name}`, "error" as const]));

/** Every pixel-guard message on a page. */
function lint(code: string, settings: Record<string, unknown> = {}): Linter.LintMessage[] {
  return new Linter({ configType: "flat" }).verify(
    code,
    [{ files: ["**/*.html"], plugins: { "pixel-guard": plugin }, language: "pixel-guard/html", rules: RULES, settings: { "pixel-guard": settings } }],
    { filename: "report.html" },
  );
}

/** The rules that report a vendor: the Meta Pixel's code and its calls have a rule each. */
const rulesOf = (vendor: Vendor): string[] => (vendor.id === META_ID ? ["pixel-guard/no-meta-pixel", "pixel-guard/no-fbq-events"] : ["pixel-guard/no-third-party-trackers"]);
const settingsOf = (vendor: Vendor): Record<string, unknown> => (vendor.firstParty ? { reportFirstPartyAnalytics: true } : {});
const at = (messages: Linter.LintMessage[], line: number, column: number) => messages.filter((message) => message.line === line && message.column === column).map((message) => message.ruleId);
const domainOf = (host: string): string => host.split(".").slice(-2).join(".");

describe("every hand-written vendor", () => {
  it("has an example here", () => {
    expect(VENDORS.map((vendor) => vendor.id).filter((id) => !(id in EXAMPLES))).toEqual([]);
  });

  const vendors = VENDORS.filter((vendor) => vendor.id in EXAMPLES).map((vendor) => [vendor.id, vendor] as const);

  describe.each(vendors)("%s", (_id, vendor) => {
    const example = EXAMPLES[vendor.id] as Example;

    it("is found in a <script src> of its loader", () => {
      if (example.loader === null) return;
      const messages = lint(`${TAG}<script async src="${example.loader}"></script>`, settingsOf(vendor));
      const found = messages.find((message) => message.line === 2 && message.column === 20);
      expect(rulesOf(vendor)).toContain(found?.ruleId);
      expect(found?.endColumn).toBe(20 + example.loader.length);
    });

    it("is found in inline code", () => {
      const before = example.inline.slice(0, example.inline.indexOf(example.at)).split("\n");
      const line = 1 + before.length;
      const column = (before.length === 1 ? 9 : 1) + (before[before.length - 1] as string).length;
      expect(at(lint(`${TAG}<script>${example.inline}</script>`, settingsOf(vendor)), line, column).filter((rule) => rulesOf(vendor).includes(rule ?? ""))).not.toEqual([]);
    });

    it("is found in an image beacon, where it has one", () => {
      if (!example.beacon) return;
      const messages = lint(`${TAG}<img src="${example.beacon}" width="1" height="1" alt="">`, settingsOf(vendor));
      expect(at(messages, 2, 11).filter((rule) => rulesOf(vendor).includes(rule ?? ""))).not.toEqual([]);
    });

    it("is not a link to its home page, a site function or object of its name, or prose naming it", () => {
      const host = vendor.endpoints[0]?.host;
      // an injected `$name` or an install global (`_fbq`, `_gaq`) is the vendor's wherever it is declared
      const local = (name: string): boolean => !name.startsWith("$") && !vendor.globals.includes(name);
      const names = [...vendor.functions.filter(local).map((name) => `function ${name}(a) { return a; }\n${name}('track', 'x');`), ...vendor.objects.filter(local).map((name) => `const ${name} = makeWidget();\n${name}.track('x');\n${name}.push({ event: 'x' });`)];
      const pages = [
        host ? `${TAG}<a href="https://www.${domainOf(host)}/">${vendor.company}</a>` : TAG,
        ...names.map((code) => `${TAG}<script>${code}</script>`),
        `${TAG}<p>We do not use ${vendor.name} or anything else by ${vendor.company}.</p>`,
      ];
      for (const page of pages) expect({ page, messages: lint(page, settingsOf(vendor)).map((message) => message.message) }).toEqual({ page, messages: [] });
    });
  });
});

describe("first-party, cookieless analytics", () => {
  const firstParty = VENDORS.filter((vendor) => vendor.firstParty);

  it("say in the catalogue why they are not third-party trackers", () => {
    expect(firstParty.map((vendor) => vendor.id)).toEqual(["matomo", "plausible", "fathom", "goatcounter", "umami", "simple-analytics", "cloudflare-web-analytics"]);
    for (const vendor of firstParty) expect(vendor.firstParty?.why).toMatch(/cookieless|own origin/);
  });

  it.each(firstParty.map((vendor) => [vendor.id, vendor] as const))("%s is not reported by default", (_id, vendor) => {
    const example = EXAMPLES[vendor.id] as Example;
    expect(lint(`${TAG}<script>${example.inline}</script>${example.loader ? `<script src="${example.loader}"></script>` : ""}`)).toEqual([]);
  });
});
