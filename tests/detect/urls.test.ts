import { urlsIn } from "../../src/detect/urls.js";

const hit = (text: string) => urlsIn(text).map((found) => `${found.vendor.id}:${found.endpoint.kind}:${text.slice(found.start, found.end)}`);

describe("urlsIn", () => {
  it.each([
    ["https://connect.facebook.net/en_US/fbevents.js", "meta:loader:https://connect.facebook.net/en_US/fbevents.js"],
    ["//connect.facebook.net/pt_BR/fbevents.js", "meta:loader://connect.facebook.net/pt_BR/fbevents.js"],
    ["https://connect.facebook.net/en_US/fbds.js", "meta:loader:https://connect.facebook.net/en_US/fbds.js"],
    ["https://connect.facebook.net/signals/config/123?v=2.9", "meta:loader:https://connect.facebook.net/signals/config/123?v=2.9"],
    ["https://www.facebook.com/tr?id=1&amp;ev=PageView", "meta:beacon:https://www.facebook.com/tr?id=1&amp;ev=PageView"],
    ["https://www.facebook.com/tr/?id=1", "meta:beacon:https://www.facebook.com/tr/?id=1"],
    ["https://connect.facebook.net/en_GB/sdk.js", "meta-social:sdk:https://connect.facebook.net/en_GB/sdk.js"],
    ["https://www.googletagmanager.com/gtag/js?id=G-1", "google-tag:loader:https://www.googletagmanager.com/gtag/js?id=G-1"],
    ["https://www.googletagmanager.com/ns.html?id=GTM-1", "gtm:frame:https://www.googletagmanager.com/ns.html?id=GTM-1"],
    ["https://analytics.tiktok.com/i18n/pixel/events.js", "tiktok:loader:https://analytics.tiktok.com/i18n/pixel/events.js"],
    ["https://px.ads.linkedin.com/collect/?pid=1&fmt=gif", "linkedin:beacon:https://px.ads.linkedin.com/collect/?pid=1&fmt=gif"],
  ])("finds %s", (url, expected) => {
    expect(hit(`<script src="${url}"></script>`)).toEqual([expected]);
  });

  it.each([
    "https://www.facebook.com/sharer/sharer.php?u=x",
    "https://www.facebook.com/trending",
    "https://notfacebook.com/tr?id=1",
    "https://connect.facebook.net/",
    "https://www.googletagmanager.com",
    "facebook.com/tr is mentioned in prose without a query",
  ])("finds nothing in %s", (text) => {
    expect(urlsIn(text)).toEqual([]);
  });

  it("stays linear on a long run of near-misses", () => {
    const text = "facebook.co".repeat(200_000);
    expect(urlsIn(text)).toEqual([]);
  });
});
