/**
 * Google Tag Manager container exports as GTM writes them (exportFormatVersion 2, 4-space JSON,
 * `<`, `>` and `&` escaped as \u003C, \u003E, \u0026), after real exports in public repositories.
 */
type Json = Record<string, unknown>;

export const ALL_PAGES = "2147479553";

/** The Meta Pixel base code as Events Manager hands it out for a GTM Custom HTML tag. */
export const META_CUSTOM_HTML = `<!-- Meta Pixel Code -->
<script>
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '{{Meta Pixel ID}}');
fbq('track', 'PageView');
</script>
<noscript><img height="1" width="1" style="display:none"
src="https://www.facebook.com/tr?id=1234567890&ev=PageView&noscript=1"
/></noscript>
<!-- End Meta Pixel Code -->`;

const IDS = { accountId: "6004967354", containerId: "193643459" };

let nextId = 1;
/** A tag as the export lists it. */
export function tag(name: string, type: string, fields: Json = {}, parameter: Json[] = []): Json {
  return { ...IDS, tagId: String(nextId++), name, type, parameter, fingerprint: "1730650000001", firingTriggerId: [ALL_PAGES], tagFiringOption: "ONCE_PER_EVENT", monitoringMetadata: { type: "MAP" }, ...fields };
}

/** A Custom HTML tag. */
export const customHtml = (name: string, html: string, fields: Json = {}): Json =>
  tag(name, "html", fields, [
    { type: "TEMPLATE", key: "html", value: html },
    { type: "BOOLEAN", key: "supportDocumentWrite", value: "false" },
  ]);

/** A filter on a variable: `{{Page Path}} STARTS_WITH /support`. */
export const filter = (type: string, arg0: string, arg1: string, negate = false): Json => ({
  type,
  parameter: [
    { type: "TEMPLATE", key: "arg0", value: arg0 },
    { type: "TEMPLATE", key: "arg1", value: arg1 },
    ...(negate ? [{ type: "BOOLEAN", key: "negate", value: "true" }] : []),
  ],
});

/** A trigger with page filters. */
export const trigger = (triggerId: string, name: string, type: string, fields: Json = {}): Json => ({ ...IDS, triggerId, name, type, fingerprint: "1730650000003", ...fields });

/** The export file's text. */
export function exportOf(version: Json, lowercaseEscapes = false): string {
  const document = {
    exportFormatVersion: 2,
    exportTime: "2026-02-09 22:50:11",
    containerVersion: {
      path: `accounts/${IDS.accountId}/containers/${IDS.containerId}/versions/0`,
      ...IDS,
      containerVersionId: "0",
      container: { path: `accounts/${IDS.accountId}/containers/${IDS.containerId}`, ...IDS, name: "www.example.org", publicId: "GTM-5JQFLR8", usageContext: ["WEB"] },
      ...version,
      builtInVariable: [
        { ...IDS, type: "PAGE_URL", name: "Page URL" },
        { ...IDS, type: "PAGE_PATH", name: "Page Path" },
      ],
      fingerprint: "1730650000009",
    },
  };
  const escapes: Record<string, string> = { "<": "\\u003C", ">": "\\u003E", "&": "\\u0026" };
  const text = JSON.stringify(document, null, 4).replace(/[<>&]/g, (character) => escapes[character] as string);
  return lowercaseEscapes ? text.replace(/\\u003[CE]/g, (escape) => escape.toLowerCase()) : text;
}

/** The 1-based line of the first line of `text` holding `needle`, after `from` (a tag's name). */
export function lineOf(text: string, needle: string, from = ""): number {
  const start = from ? text.indexOf(from) : 0;
  return text.slice(0, text.indexOf(needle, start)).split("\n").length;
}

/** What the command and ESLint report on tests/fixtures/gtm-next-site's container, `line:column rule`. */
export const NEXT_SITE_FINDINGS = [
  // the base code (from `!function`), fbq('init') and fbq('track') inside the html value on line 30
  "30:91 pixel-guard/no-meta-pixel",
  "30:488 pixel-guard/no-fbq-events",
  "30:488 pixel-guard/require-autoconfig-off",
  "30:523 pixel-guard/no-fbq-events",
  // the `"type": "googtag"` and `"type": "hjtc"` lines
  "52:17 pixel-guard/no-third-party-trackers",
  "99:17 pixel-guard/no-third-party-trackers",
];
