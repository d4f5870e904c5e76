/**
 * Reading Google Tag Manager container exports: which tags are trackers (by type, template id or
 * the Custom HTML they hold), where each is written in the JSON, and what fires them.
 */
import { containerOf } from "../../src/detect/gtm/container.js";
import { customHtml, exportOf, filter, META_CUSTOM_HTML, tag, trigger } from "../rules/gtm-export.js";

/** The vendor and label of each code finding, with the text it covers in the file. */
function findingsOf(text: string): Array<{ vendor: string; label: string; at: string }> {
  return (containerOf(text)?.scan.findings ?? []).map((finding) => ({ vendor: finding.vendor.id, label: finding.label, at: text.slice(finding.range[0], finding.range[1]) }));
}

describe("which JSON files are containers", () => {
  it("a file without containerVersion is not read at all (not even parsed: broken JSON passes)", () => {
    expect(containerOf('{ "name": "site", "version": 1.0.0 }')).toBeNull();
    expect(containerOf("{}")).toBeNull();
  });

  it("a file that names containerVersion but does not hold one is no container", () => {
    expect(containerOf('{ "docs": "the \\"containerVersion\\" key of an export" }')).toBeNull();
    expect(containerOf('{ "containerVersion": "2" }')).toBeNull();
  });

  it("an export that is not valid JSON is a file that went unchecked, never a silent pass", () => {
    expect(containerOf('{ "exportFormatVersion": 2, "containerVersion": { "tag": [ }')?.scan.error).toMatch(/^the Google Tag Manager container could not be read/);
  });

  it("a container with no tracker tag is not parsed with positions and has nothing", () => {
    const container = containerOf(exportOf({ tag: [tag("Scroll depth", "html", {}, [{ type: "TEMPLATE", key: "html", value: "<script>console.log('scrolled')</script>" }])] }));
    expect(container?.tags).toEqual([]);
    expect(container?.scan.findings).toEqual([]);
  });
});

describe("built-in and community templates", () => {
  it.each([
    ["gaawc", "google-tag", "Google Analytics GA4 Configuration"],
    ["gaawe", "google-tag", "Google Analytics GA4 Event"],
    ["googtag", "google-tag", "Google"],
    ["ua", "google-tag", "Universal Analytics"],
    ["awct", "google-ads", "Google Ads Conversion Tracking"],
    ["sp", "google-ads", "Google Ads Remarketing"],
    ["flc", "google-ads", "Floodlight Counter"],
    ["fls", "google-ads", "Floodlight Sales"],
    ["bzi", "linkedin", "LinkedIn Insight"],
    ["hjtc", "hotjar", "Hotjar Tracking Code"],
    ["baut", "microsoft-uet", "Microsoft Advertising Universal Event Tracking"],
    ["sgtmgaaw", "google-tag", "server-side Google Analytics GA4"],
  ])("type %s is %s, reported at its \"type\" line", (type, vendor, what) => {
    const text = exportOf({ tag: [tag(`My ${type}`, type)] });
    expect(findingsOf(text)).toEqual([{ vendor, label: `the ${what} tag "My ${type}" (${type})`, at: `"type": "${type}"` }]);
  });

  const template = (templateId: string, name: string, owner: string, repository: string, galleryTemplateId?: string) => ({
    accountId: "6004967354", containerId: "193643459", templateId, name, fingerprint: "1", templateData: "___INFO___",
    galleryReference: { host: "github.com", owner, repository, version: "b1e2", ...(galleryTemplateId ? { galleryTemplateId } : {}) },
  });

  it("community templates by their gallery repository: cvt_<container>_<template> and cvt_<gallery id>", () => {
    const text = exportOf({
      tag: [tag("FB - PageView", "cvt_193643459_7"), tag("Meta CAPI - Lead", "cvt_5TP8W"), tag("LinkedIn", "cvt_193643459_9"), tag("Heatmaps", "cvt_193643459_11"), tag("Cookie banner", "cvt_193643459_12")],
      customTemplate: [
        template("7", "Facebook Pixel", "facebookarchive", "GoogleTagManager-WebTemplate-For-FacebookPixel"),
        template("8", "Facebook Conversion API Tag", "stape-io", "fb-tag", "5TP8W"),
        template("9", "LinkedIn InsightTag 2.0", "linkedin", "linkedin-gtm-community-template"),
        template("11", "Hotjar", "hotjar", "hotjar-gtm-template"),
        template("12", "Cookiebot CMP", "cybotcorp", "gtm-templates"),
      ],
    });
    expect(findingsOf(text).map(({ vendor, label }) => `${vendor}: ${label}`)).toEqual([
      'meta: the "Facebook Pixel" community template tag "FB - PageView" (cvt_193643459_7)',
      'meta: the "Facebook Conversion API Tag" community template tag "Meta CAPI - Lead" (cvt_5TP8W)',
      'linkedin: the "LinkedIn InsightTag 2.0" community template tag "LinkedIn" (cvt_193643459_9)',
      'hotjar: the "Hotjar" community template tag "Heatmaps" (cvt_193643459_11)',
    ]);
  });

  it("a template imported as a file, without a gallery reference, by its name", () => {
    const text = exportOf({ tag: [tag("Pixel", "cvt_193643459_3")], customTemplate: [{ accountId: "1", containerId: "193643459", templateId: "3", name: "Meta Pixel (Consent Mode)", templateData: "" }] });
    expect(findingsOf(text).map(({ vendor }) => vendor)).toEqual(["meta"]);
  });

  it("server-side containers: the GA4 client and the tags it feeds", () => {
    const text = exportOf({ client: [{ accountId: "1", containerId: "2", clientId: "47", name: "GA4", type: "gaaw_client", priority: 0 }], tag: [tag("GA4 - Forward", "sgtmgaaw", { firingTriggerId: ["30"] })] });
    const container = containerOf(text);
    // in file order: the export lists its clients first
    expect(findingsOf(text).map(({ label }) => label)).toEqual(['the server-side Google Analytics GA4 client "GA4" (gaaw_client)', 'the server-side Google Analytics GA4 tag "GA4 - Forward" (sgtmgaaw)']);
    expect(container?.tags.map((entry) => `${entry.kind} ${entry.name} ${entry.firing.join(",")}`)).toEqual(["tag GA4 - Forward 30", "client GA4 client"]);
  });
});

describe("Custom HTML tags", () => {
  it("decodes \\u003C, \\n and \\\" and maps every finding back to its characters in the JSON", () => {
    const text = exportOf({ tag: [customHtml("Meta Pixel - Base", META_CUSTOM_HTML), customHtml("TikTok", '<script>\n!function (w, d, t) { w.TiktokAnalyticsObject=t; }(window, document, "ttq");\nttq.load("C123");\nttq.page();\n</script>')] });
    const container = containerOf(text);
    const [base, beacon, tiktok, ...rest] = findingsOf(text);
    expect(rest).toEqual([]);
    expect(base?.label).toBe("the Meta Pixel base code");
    expect(base?.at.startsWith("!function(f,b,e,v,n,t,s)\\n{if(f.fbq)return;")).toBe(true);
    expect(base?.at.endsWith("document,'script',\\n'https://connect.facebook.net/en_US/fbevents.js');")).toBe(true);
    // `&` was written \u0026: the range still covers the URL exactly as escaped
    expect(beacon?.at).toBe("https://www.facebook.com/tr?id=1234567890\\u0026ev=PageView\\u0026noscript=1");
    expect(tiktok).toEqual({ vendor: "tiktok", label: "the TikTok Pixel (TiktokAnalyticsObject)", at: "w.TiktokAnalyticsObject=t" });
    const calls = container?.scan.calls.map((call) => text.slice(call.range[0], call.range[1])) ?? [];
    expect(calls).toEqual(["fbq('init', '{{Meta Pixel ID}}')", "fbq('track', 'PageView')", 'ttq.load(\\"C123\\")', "ttq.page()"]);
  });

  it("a Custom HTML tag with a script loaded by URL, minified JSON on one line", () => {
    const text = JSON.stringify({ exportFormatVersion: 2, containerVersion: { tag: [{ name: "Hotjar", type: "html", parameter: [{ type: "TEMPLATE", key: "html", value: "<script async src=\"https://static.hotjar.com/c/hotjar-123.js?sv=6\"></script>" }], firingTriggerId: ["2147479553"] }] } });
    expect(findingsOf(text)).toEqual([{ vendor: "hotjar", label: expect.stringContaining("the Hotjar loader") as unknown as string, at: 'https://static.hotjar.com/c/hotjar-123.js?sv=6' }]);
  });

  it("a tab-indented export reads the same", () => {
    const text = exportOf({ tag: [customHtml("Meta Pixel - Base", META_CUSTOM_HTML)] }).replace(/^( {4})+/gm, (indent) => "\t".repeat(indent.length / 4));
    expect(findingsOf(text).map(({ label }) => label)).toEqual(["the Meta Pixel base code", expect.stringContaining("the facebook.com/tr image beacon")]);
  });
});

describe("triggers", () => {
  it("reads page path and URL conditions, negation, case, and leaves other filters out", () => {
    const text = exportOf({
      tag: [tag("GA4", "gaawc", { firingTriggerId: ["12", "13"], blockingTriggerId: ["14"], paused: true })],
      trigger: [
        trigger("12", "Support", "PAGEVIEW", { filter: [filter("STARTS_WITH", "{{Page Path}}", "/support"), filter("CONTAINS", "{{Page Hostname}}", "example.org")] }),
        trigger("13", "CTA click", "linkClick", { autoEventFilter: [filter("matchRegex", "{{Page URL}}", "/(help|hiv)/", true)], filter: [filter("contains", "{{Click Text}}", "Report")] }),
        trigger("14", "Group", "triggerGroup", { parameter: [{ type: "LIST", key: "triggerIds", list: [{ type: "TRIGGER_REFERENCE", value: "12" }] }] }),
      ],
    });
    const container = containerOf(text);
    expect(container?.tags[0]).toMatchObject({ name: "GA4", paused: true, firing: ["12", "13"], blocking: ["14"] });
    expect(container?.triggers.get("12")).toEqual({ id: "12", name: "Support", type: "pageview", members: [], conditions: [{ variable: "Page Path", operator: "startswith", value: "/support", negate: false, ignoreCase: false }] });
    expect(container?.triggers.get("13")?.conditions).toEqual([{ variable: "Page URL", operator: "matchregex", value: "/(help|hiv)/", negate: true, ignoreCase: false }]);
    expect(container?.triggers.get("14")?.members).toEqual(["12"]);
    expect(container?.triggers.get("2147479553")?.name).toBe("All Pages");
  });
});

describe("a multi-megabyte container", () => {
  it("reads every tag of a 3,000-tag export, each finding at its own tag", () => {
    // one Meta Custom HTML tag in 30, GA4 event tags and banner tags with no tracker in between
    const tags = Array.from({ length: 3000 }, (_, index) =>
      index % 30 === 0 ? customHtml(`Meta ${index}`, META_CUSTOM_HTML) : index % 2 === 1 ? tag(`GA4 event ${index}`, "gaawe", {}, [{ type: "TEMPLATE", key: "eventName", value: `click_${index}` }]) : customHtml(`Banner ${index}`, `<div class="banner">${"Notice. ".repeat(150)}</div>`),
    );
    const text = exportOf({ tag: tags });
    expect(text.length).toBeGreaterThan(3_000_000);
    const container = containerOf(text);
    expect(container?.tags).toHaveLength(1600);
    const findings = container?.scan.findings ?? [];
    expect(findings.filter((finding) => finding.label === "the Meta Pixel base code")).toHaveLength(100);
    expect(findings.filter((finding) => finding.vendor.id === "google-tag")).toHaveLength(1500);
    expect(container?.scan.calls).toHaveLength(200);
    const last = findings[findings.length - 1];
    const lastTag = container?.tags[container.tags.length - 1];
    expect(last && lastTag && lastTag.range[0] <= last.range[0] && last.range[1] <= lastTag.range[1]).toBe(true);
    expect(lastTag?.name).toBe("GA4 event 2999");
  });
});
