import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { longTail, NOT_TRACKING_DOMAINS, TRACKING_CATEGORIES, VENDORS, type LongTail, type Vendor } from "../../src/detect/catalogue/index.js";

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "scripts", "vendors-doc.js");

describe("docs/vendors.md", () => {
  it("is what scripts/vendors-doc.js generates from the catalogue (run `npm run build && node scripts/vendors-doc.js`)", async () => {
    const { vendorsDocOf, VENDORS_DOC } = (await import(pathToFileURL(script).href)) as { vendorsDocOf: (vendors: readonly Vendor[], longTail: LongTail, policy: object) => string; VENDORS_DOC: string };
    expect(readFileSync(VENDORS_DOC, "utf8")).toBe(vendorsDocOf(VENDORS, longTail(), { categories: TRACKING_CATEGORIES, notTracking: NOT_TRACKING_DOMAINS }));
  });

  it("names every vendor id that `allow` takes", () => {
    const doc = readFileSync(path.join(path.dirname(script), "..", "docs", "vendors.md"), "utf8");
    for (const vendor of VENDORS) expect(doc).toContain(`| \`${vendor.id}\` | ${vendor.name} |`);
  });
});
