import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { EMPTY_SCAN, holdsTracker } from "../../src/detect/findings.js";
import { graphFileOf } from "../../src/templates/parse-file.js";
import { TEXT_CACHE_LIMITS, heldTexts, rememberText, rememberedText } from "../../src/templates/text-cache.js";

describe("the graph's text cache", () => {
  const saved = { ...TEXT_CACHE_LIMITS };
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "pixel-guard-texts-"));
  });
  afterEach(() => {
    Object.assign(TEXT_CACHE_LIMITS, saved);
    rmSync(dir, { recursive: true, force: true });
  });

  it("holds at most its count of texts, letting the least recently used go", () => {
    Object.assign(TEXT_CACHE_LIMITS, { texts: 3 });
    for (const name of ["a", "b", "c"]) rememberText(`/x/${name}`, name.repeat(20));
    expect(rememberedText("/x/a")).toBe("a".repeat(20)); // a is now the latest
    rememberText("/x/d", "d".repeat(20));
    expect(rememberedText("/x/b")).toBeUndefined();
    expect(rememberedText("/x/a")).toBe("a".repeat(20));
    expect(heldTexts().texts).toBe(3);
  });

  it("holds at most its total length, and never one text longer than that", () => {
    Object.assign(TEXT_CACHE_LIMITS, { texts: 100, characters: 50 });
    rememberText("/y/a", "a".repeat(30));
    rememberText("/y/b", "b".repeat(30));
    expect(rememberedText("/y/a")).toBeUndefined();
    expect(rememberText("/y/huge", "h".repeat(51))).toBe("h".repeat(51));
    expect(rememberedText("/y/huge")).toBeUndefined();
    expect(heldTexts().characters).toBeLessThanOrEqual(50);
  });

  it("reads a page again when its text was let go, for 2,000 pages in a 256-text cache", () => {
    Object.assign(TEXT_CACHE_LIMITS, { texts: 256 });
    const layout = path.join(dir, "base.njk");
    writeFileSync(layout, '<script src="https://connect.facebook.net/en_US/fbevents.js"></script>\n');
    const first = graphFileOf(layout);
    for (let i = 0; i < 2_000; i++) {
      const page = path.join(dir, `p${i}.njk`);
      writeFileSync(page, `{% extends "base.njk" %}\n<p>${i}</p>\n`);
      expect(graphFileOf(page)?.tagged()).toBe(false);
    }
    expect(heldTexts().texts).toBeLessThanOrEqual(256);
    expect(rememberedText(layout)).toBeUndefined();
    expect(graphFileOf(layout)).toBe(first);
    expect(first?.text).toContain("fbevents.js");
    expect(holdsTracker(first?.scan() ?? EMPTY_SCAN)).toBe(true);
    expect(graphFileOf(path.join(dir, "p7.njk"))?.links.map((link) => link.target)).toEqual(["base.njk"]);
  });
});
