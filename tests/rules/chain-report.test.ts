/**
 * Chain reports: for a sensitive page, each link (extends, include) that pulls in trackers a rule
 * owns is reported once, with the first such tracker down the chain and how many more.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { chainReportsOf } from "../../src/rules/chain-report.js";
import type { Page } from "../../src/sensitivity/index.js";
import { fixture } from "../templates/helpers.js";

const root = fixture("graph-nunjucks");
const file = path.join(root, "report.njk");
const context = { filename: file, cwd: root, sourceCode: { text: readFileSync(file, "utf8") } };
const page = { why: "crime-victims: sensitive-content comment on line 1", settings: { templateRoots: [] } } as unknown as Page;

describe("chainReportsOf", () => {
  it("reports a link once per rule, with the first tracker it owns and the count of the others", () => {
    const reports = chainReportsOf(context, page, (tracker) => tracker.vendor?.id === "meta" && tracker.group === "call");
    expect(reports.map(({ range, data }) => [context.sourceCode.text.slice(...range), data])).toEqual([
      ['{% extends "layouts/base.njk"', { chain: "layouts/base.njk -> partials/analytics.njk:4", what: "fbq('set')", company: "Meta", why: page.why, more: " (and 2 more)" }],
    ]);
  });

  it("reports nothing for a rule that owns none of what the links pull in", () => {
    expect(chainReportsOf(context, page, (tracker) => tracker.vendor?.id === "tiktok")).toEqual([]);
  });
});
