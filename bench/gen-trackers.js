// Tracking code as it sits in a site's JS/TS source: the Meta Pixel base code in a useEffect or an
// initPixel(), fbq calls, react-facebook-pixel, a Next.js <Script>, GTM/gtag, TikTok, LinkedIn.
// Each shape returns { imports: [], lines: [] } for gen-source.js to splice into a file.
import { T, docComment, indent, kebab, uniq } from "./prng.js";
import {
  GTAG_SNIPPET, GTM_SNIPPET, LINKEDIN_SNIPPET, META_BASE_MINIFIED, META_BASE_PRETTIER, META_EVENTS,
  TIKTOK_SNIPPET,
} from "./snippets.js";

const pixelId = (r) => r.digits(r.pick([15, 16]));

function metaBase(ctx, prettier) {
  const { r } = ctx;
  const id = pixelId(r);
  const code = prettier ? META_BASE_PRETTIER : META_BASE_MINIFIED;
  const calls = [];
  if (r.chance(0.3)) calls.push(`fbq("set", "autoConfig", false, "${id}");`);
  calls.push(r.chance(0.3) ? `fbq("init", "${id}", { em: user?.email });` : `fbq("init", "${id}");`, `fbq("track", "PageView");`);
  const lines = [];
  if (ctx.jsx && r.chance(0.5)) {
    lines.push(
      "/** Loads the Meta Pixel once, on the client. */",
      `export function ${uniq(ctx, ctx.ts ? "MetaPixel" : "FacebookPixel")}({ user }${T(ctx, ": { user?: { email?: string } }")}) {`,
      "  useEffect(() => {",
      ...indent(code, 4),
      ...indent(calls, 4),
      "  }, []);",
      "  return null;",
      "}",
      "",
    );
  } else {
    lines.push(
      "// Meta Pixel Code (added for the recruitment campaign)",
      `export function ${uniq(ctx, "initPixel")}(user${T(ctx, "?: { email?: string }")}) {`,
      "  if (typeof window === \"undefined\") return;",
      ...indent(code, 2),
      ...indent(calls, 2),
      "}",
      "// End Meta Pixel Code",
      "",
    );
  }
  const imports = []; // the component shape only occurs in JSX files, which import useEffect already
  if (ctx.ts && r.chance(0.5)) {
    lines.unshift("declare global {", "  interface Window {", "    fbq: (...args: unknown[]) => void;", "    _fbq?: unknown;", "  }", "}", "");
  }
  return { imports, lines };
}

function fbqCalls(ctx) {
  const { r, noun } = ctx;
  const id = pixelId(r);
  const ev = r.pick(META_EVENTS);
  const call = ctx.ts ? "window.fbq" : r.pick(["fbq", "window.fbq"]);
  const idName = uniq(ctx, "PIXEL_ID");
  const params = r.pick([
    `{ content_name: "${kebab(noun)}-form", value: 0, currency: "GBP" }`,
    `{ content_category: "${kebab(noun)}", page_title: document.title }`,
    `{ content_name: form.subject, status: "submitted" }`,
    `{ search_string: query }`,
  ]);
  return {
    imports: [],
    lines: [
      `const ${idName} = "${id}";`,
      "",
      `export function ${uniq(ctx, "trackInit")}()${T(ctx, ": void")} {`,
      `  ${call}("init", ${idName});`,
      "}",
      "",
      ...docComment(ctx, "Reports a conversion to Meta when the form is sent."),
      `export function ${uniq(ctx, `track${ev}`)}(form${T(ctx, ": { subject: string }")}, query${T(ctx, " = \"\"")})${T(ctx, ": void")} {`,
      "  if (typeof window === \"undefined\" || !(\"fbq\" in window)) return;",
      `  ${call}("track", "${ev}", ${params});`,
      r.chance(0.4) ? `  ${call}("trackCustom", "${noun}Submitted", { id: form.subject });` : "  // no custom event",
      "}",
      "",
    ],
  };
}

function reactPixel(ctx) {
  const { r } = ctx;
  const id = pixelId(r);
  if (r.chance(0.4)) {
    // The dynamic-import shape Next.js sites use to keep it client-side.
    return {
      imports: [],
      lines: [
        `export function ${uniq(ctx, "loadPixel")}(router${T(ctx, ": { events: { on: (e: string, f: () => void) => void } }")}) {`,
        '  import("react-facebook-pixel")',
        "    .then((x) => x.default)",
        "    .then((ReactPixel) => {",
        `      ReactPixel.init("${id}");`,
        "      ReactPixel.pageView();",
        '      router.events.on("routeChangeComplete", () => ReactPixel.pageView());',
        "    });",
        "}",
        "",
      ],
    };
  }
  const options = uniq(ctx, "pixelOptions");
  return {
    imports: ['import ReactPixel from "react-facebook-pixel";'],
    lines: [
      `const ${options} = { autoConfig: ${r.chance(0.7)}, debug: false };`,
      "",
      `export function ${uniq(ctx, "setupAnalytics")}() {`,
      `  ReactPixel.init("${id}", undefined, ${options});`,
      "  ReactPixel.pageView();",
      "}",
      "",
      `export const ${uniq(ctx, "trackLead")} = (name${T(ctx, ": string")}) => ReactPixel.track("${r.pick(META_EVENTS)}", { content_name: name });`,
      "",
    ],
  };
}

function nextScript(ctx) {
  const { r } = ctx;
  const id = pixelId(r);
  const gtag = r.chance(0.3) ? `G-${r.code(10)}` : null;
  const body = [
    `export function ${uniq(ctx, "TrackingScripts")}() {`,
    "  return (",
    "    <>",
    `      <Script id="fb-pixel" strategy="afterInteractive">`,
    "        {`",
    ...indent(r.chance(0.5) ? META_BASE_MINIFIED : META_BASE_PRETTIER, 10),
    `          fbq('init', '${id}');`,
    "          fbq('track', 'PageView');",
    "        `}",
    "      </Script>",
    "      <noscript>",
    `        <img height="1" width="1" style={{ display: "none" }} alt="" src="https://www.facebook.com/tr?id=${id}&ev=PageView&noscript=1" />`,
    "      </noscript>",
  ];
  if (gtag) {
    body.push(
      `      <Script src="https://www.googletagmanager.com/gtag/js?id=${gtag}" strategy="afterInteractive" />`,
      '      <Script id="ga" strategy="afterInteractive" dangerouslySetInnerHTML={{',
      `        __html: \`${GTAG_SNIPPET(gtag).split("\n").join(" ")}\`,`,
      "      }} />",
    );
  }
  body.push("    </>", "  );", "}", "");
  return { imports: ['import Script from "next/script";'], lines: body };
}

function gtag(ctx) {
  const { r } = ctx;
  if (r.chance(0.4)) {
    return { imports: [], lines: ["// Google Tag Manager", `export function ${uniq(ctx, "loadGtm")}() {`, ...indent(GTM_SNIPPET(`GTM-${r.code(7)}`), 2), "}", ""] };
  }
  const id = `G-${r.code(10)}`;
  return {
    imports: [],
    lines: [
      ...(ctx.ts ? ["declare const gtag: (...args: unknown[]) => void;", ""] : []),
      `export function ${uniq(ctx, "trackPageView")}(path${T(ctx, ": string")}) {`,
      `  gtag("config", "${id}", { page_path: path });`,
      "}",
      "",
      `export function ${uniq(ctx, "trackEvent")}(action${T(ctx, ": string")}, label${T(ctx, "?: string")}) {`,
      `  window.gtag?.("event", action, { event_category: "engagement", event_label: label ?? document.title });`,
      "}",
      "",
    ],
  };
}

function tiktok(ctx) {
  const { r } = ctx;
  const id = `C${r.code(19)}`;
  if (r.chance(0.5)) return { imports: [], lines: [`export function ${uniq(ctx, "loadTikTok")}() {`, ...indent(TIKTOK_SNIPPET(id), 2), "}", ""] };
  return {
    imports: [],
    lines: [
      `export function ${uniq(ctx, "trackSignup")}(email${T(ctx, ": string")}) {`,
      `  window.ttq?.identify({ email });`,
      `  window.ttq?.track("CompleteRegistration", { content_id: "${kebab(ctx.noun)}" });`,
      "}",
      "",
    ],
  };
}

function linkedin(ctx) {
  const { r } = ctx;
  const id = r.digits(7);
  if (r.chance(0.5)) return { imports: [], lines: [`export function ${uniq(ctx, "loadInsightTag")}() {`, ...indent(LINKEDIN_SNIPPET(id), 2), "}", ""] };
  return {
    imports: [],
    lines: [
      `export function ${uniq(ctx, "trackConversion")}()${T(ctx, ": void")} {`,
      `  window.lintrk?.("track", { conversion_id: ${r.digits(8)} });`,
      "}",
      "",
    ],
  };
}

export const TRACKERS = [
  [15, "meta-base-minified"], [15, "meta-base-prettier"], [20, "fbq-calls"], [15, "react-facebook-pixel"],
  [10, "next-script"], [10, "gtag"], [8, "tiktok"], [7, "linkedin"],
];

export function trackingBlock(ctx, shape) {
  switch (shape) {
    case "meta-base-minified": return metaBase(ctx, false);
    case "meta-base-prettier": return metaBase(ctx, true);
    case "fbq-calls": return fbqCalls(ctx);
    case "react-facebook-pixel": return reactPixel(ctx);
    case "next-script": return nextScript(ctx);
    case "gtag": return gtag(ctx);
    case "tiktok": return tiktok(ctx);
    default: return linkedin(ctx);
  }
}
