/**
 * Which container tags reach sensitive pages (sensitivity/containers.ts, url-paths.ts): triggers of
 * every kind, exception triggers, and the sensitiveUrls setting.
 */
import { RuleTester } from "eslint";
import { containerOf } from "../../src/detect/gtm/container.js";
import { textParser } from "../../src/language/text-parser.js";
import noUntaggedSensitivePage from "../../src/rules/no-untagged-sensitive-page.js";
import { reachingTagsOf } from "../../src/sensitivity/containers.js";
import { parseSettings } from "../../src/sensitivity/settings.js";
import { samplePathsOf } from "../../src/sensitivity/url-paths.js";
import { customHtml, exportOf, filter, META_CUSTOM_HTML, tag, trigger } from "./gtm-export.js";

const SUPPORT = [{ pattern: "/support/**", description: '"/support/**" in sensitiveUrls' }];

/** The names of the tags that reach the sensitive URLs, with the trigger each reaches them through. */
function reaching(version: Record<string, unknown>, urls = SUPPORT): string[] {
  const container = containerOf(exportOf(version));
  return container ? reachingTagsOf(container, urls).map((reach) => `${reach.tag.name} <- ${reach.trigger.name}`) : [];
}

describe("triggers that reach sensitive pages", () => {
  it("the built-in Initialization and Consent Initialization triggers, and custom events with no page condition", () => {
    expect(reaching({ tag: [tag("A", "gaawc", { firingTriggerId: ["2147479573"] }), tag("B", "gaawc", { firingTriggerId: ["2147479572"] }), tag("C", "awct", { firingTriggerId: ["30"] })], trigger: [trigger("30", "CE - purchase", "CUSTOM_EVENT", { customEventFilter: [filter("EQUALS", "{{_event}}", "purchase")] })] })).toEqual([
      "A <- Initialization - All Pages",
      "B <- Consent Initialization - All Pages",
      "C <- CE - purchase",
    ]);
  });

  it("a trigger the export does not list may fire anywhere; a tag with no trigger never fires", () => {
    expect(reaching({ tag: [tag("A", "gaawc", { firingTriggerId: ["77"] }), tag("B", "gaawc", { firingTriggerId: [] })] })).toEqual(["A <- 77 (not in this export)"]);
  });

  it("a trigger group fires where all its members' page conditions hold", () => {
    const members = [
      trigger("40", "Support", "pageview", { filter: [filter("startsWith", "{{Page Path}}", "/support")] }),
      trigger("41", "Donate", "pageview", { filter: [filter("startsWith", "{{Page Path}}", "/donate")] }),
      trigger("42", "Scrolled", "scrollDepth"),
    ];
    const group = (id: string, ids: string[]) => trigger(id, `Group ${id}`, "triggerGroup", { parameter: [{ type: "LIST", key: "triggerIds", list: ids.map((value) => ({ type: "TRIGGER_REFERENCE", value })) }] });
    expect(reaching({ tag: [tag("A", "gaawe", { firingTriggerId: ["50"] }), tag("B", "gaawe", { firingTriggerId: ["51"] })], trigger: [...members, group("50", ["40", "42"]), group("51", ["41", "42"])] })).toEqual(["A <- Group 50"]);
  });

  it("regular expressions, with and without ignore_case, on the path and the URL", () => {
    const regex = (id: string, variable: string, value: string, ignoreCase: boolean) => {
      const base = filter("MATCH_REGEX", variable, value) as { parameter: unknown[] };
      return trigger(id, `Regex ${id}`, "pageview", { filter: [{ ...base, parameter: [...base.parameter, ...(ignoreCase ? [{ type: "BOOLEAN", key: "ignore_case", value: "true" }] : [])] }] });
    };
    const version = {
      tag: ["60", "61", "62", "63"].map((id) => tag(`Tag ${id}`, "sp", { firingTriggerId: [id] })),
      trigger: [regex("60", "{{Page Path}}", "^/SUPPORT", true), regex("61", "{{Page Path}}", "^/SUPPORT", false), regex("62", "{{Page URL}}", "example\\.org/support/", false), regex("63", "{{Page Path}}", "([a-z", false)],
    };
    // a regex that does not compile may match: it is reported rather than passed silently
    expect(reaching(version)).toEqual(["Tag 60 <- Regex 60", "Tag 62 <- Regex 62", "Tag 63 <- Regex 63"]);
  });

  it("a Page URL equals condition meets a sensitive path through its own address", () => {
    expect(reaching({ tag: [tag("A", "bzi", { firingTriggerId: ["70"] })], trigger: [trigger("70", "Thank you", "pageview", { filter: [filter("EQUALS", "{{Page URL}}", "https://www.example.org/support/thank-you")] })] })).toEqual(["A <- Thank you"]);
  });

  it("an exception trigger on all custom events of the same kind blocks; one with other conditions does not", () => {
    const version = {
      tag: [tag("A", "gaawe", { firingTriggerId: ["80"], blockingTriggerId: ["81"] }), tag("B", "gaawe", { firingTriggerId: ["80"], blockingTriggerId: ["82"] })],
      trigger: [
        trigger("80", "CE - all", "customEvent", { customEventFilter: [filter("matchRegex", "{{_event}}", ".*")] }),
        trigger("81", "CE - block support", "customEvent", { filter: [filter("contains", "{{Page Path}}", "/support")] }),
        trigger("82", "CE - block donate", "customEvent", { filter: [filter("contains", "{{Page Path}}", "/donate")] }),
      ],
    };
    expect(reaching(version)).toEqual(["B <- CE - all"]);
  });

  it("a server-side client receives every page's requests", () => {
    expect(reaching({ client: [{ accountId: "1", containerId: "2", clientId: "47", name: "GA4", type: "gaaw_client" }] })).toEqual(["GA4 <- every request the client claims"]);
  });

  it("no sensitive URL at all: nothing reaches", () => {
    expect(reaching({ tag: [tag("A", "gaawc")] }, [])).toEqual([]);
  });
});

describe("sensitiveUrls", () => {
  it("example paths of a pattern are its own", () => {
    expect(samplePathsOf("/support/**")).toEqual(["/support/", "/support", "/support/x/y"]);
    expect(samplePathsOf("/services/hiv-*")).toEqual(["/services/hiv-", "/services/hiv-x"]);
    expect(samplePathsOf("/get-help/")).toEqual(["/get-help/", "/get-help"]);
  });

  it("is checked, naming the key", () => {
    expect(parseSettings({ sensitiveUrls: ["/support/**"] }).sensitiveUrls).toEqual(["/support/**"]);
    expect(() => parseSettings({ sensitiveUrls: "/support/**" })).toThrow('settings["pixel-guard"].sensitiveUrls must be an array of strings, got "/support/**"');
    expect(() => parseSettings({ sensitiveUrls: ["support/**"] })).toThrow('settings["pixel-guard"].sensitiveUrls[0] must be a URL path pattern starting with "/" (such as "/support/**"), got "support/**"');
  });
});

new RuleTester({ languageOptions: { parser: textParser } }).run("no-untagged-sensitive-page", noUntaggedSensitivePage as never, {
  valid: [
    {
      name: "a container is not a page: tag names that read as sensitive do not make it one",
      code: exportOf({ tag: [customHtml("Report rape or sexual assault - Lead", META_CUSTOM_HTML, { firingTriggerId: ["9"] })], trigger: [trigger("9", "Rape crisis helpline clicks", "click")] }),
      filename: "GTM-5JQFLR8_workspace7.json",
    },
  ],
  invalid: [],
});
