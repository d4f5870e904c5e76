/**
 * Module path aliases in the template graph: a Next.js page imports `@/components/Tracking` and
 * `@pixel` (tsconfig.json `extends` a base config that holds `paths`, with comments and trailing
 * commas, as create-next-app writes them). The Pixel in the shared component is reported on the
 * sensitive page at its import line, and in the component as pulled in by that page.
 */
import { aliasTargetsOf } from "../../src/templates/aliases.js";
import { fixture, reportsOf } from "./helpers.js";

describe("tsconfig paths (graph-next-alias)", () => {
  it("maps @/* and an exact alias the way TypeScript does, and leaves packages alone", () => {
    const root = fixture("graph-next-alias");
    expect(aliasTargetsOf("@/components/Tracking", root)).toEqual([`${root}/src/components/Tracking`]);
    expect(aliasTargetsOf("@pixel", root)).toEqual([`${root}/src/lib/pixel.ts`]);
    expect(aliasTargetsOf("react", root)).toEqual([]);
    expect(aliasTargetsOf("@/x", fixture("graph-next-app"))).toEqual([]); // no tsconfig there
  });

  it("follows the aliased imports from the sensitive page into the shared component and helper", async () => {
    const lines = await reportsOf("graph-next-alias");
    expect(lines).toEqual([
      "src/app/report/page.tsx:3:21 pixel-guard/no-meta-pixel src/components/Tracking.tsx:5 loads the fbevents.js loader (connect.facebook.net/en_GB/fbevents.js); sexual-offences: sensitive-content comment on line 1",
      "src/app/report/page.tsx:4:24 pixel-guard/no-fbq-events src/lib/pixel.ts:2 loads window.fbq('trackCustom', 'ReportStarted'); sexual-offences: sensitive-content comment on line 1",
      "src/components/Tracking.tsx:5:45 pixel-guard/no-meta-pixel The fbevents.js loader (connect.facebook.net/en_GB/fbevents.js); it is pulled in by a sensitive page: src/app/report/page.tsx",
      "src/lib/pixel.ts:2:3 pixel-guard/no-fbq-events window.fbq('trackCustom', 'ReportStarted'); it is pulled in by a sensitive page: src/app/report/page.tsx",
    ]);
  });
});
