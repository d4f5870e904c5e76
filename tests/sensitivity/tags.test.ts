import { categoriesOf, commentTagOf, describeEvidence, tagInComment } from "../../src/sensitivity/tags.js";
import { looksTagged } from "../../src/sensitivity/explicit-tag.js";
import { sensitiveWordsIn, wordsOf } from "../../src/vocabulary/words.js";

describe("sensitive-content tags", () => {
  it.each([
    [" sensitive-content", []],
    [" sensitive-content: health", ["health"]],
    ["sensitive-content:crime-victims, abuse ", ["crime-victims", "abuse"]],
    [" sensitive-content: health (HIV clinic pages), abuse", ["health", "abuse"]],
    ["* sensitive-content: sexual-health\n * more text", ["sexual-health"]],
  ])("reads %j", (comment, categories) => {
    expect(tagInComment(comment)?.categories).toEqual(categories);
  });

  it("ignores comments without the token, and look-alikes", () => {
    expect(tagInComment(" not sensitive content")).toBeNull();
    expect(tagInComment(" insensitive-contents")).toBeNull();
  });

  it("quotes the first tagging comment with its line", () => {
    const evidence = commentTagOf([{ value: "hello", loc: { start: { line: 1 } } }, { value: " sensitive-content: abuse", loc: { start: { line: 4 } } }]);
    expect(evidence && describeEvidence(evidence)).toBe("abuse: sensitive-content comment on line 4");
  });

  it("parses a category list, stopping at the first thing that is not a category", () => {
    expect(categoriesOf(" a-b, c_d , (x), e")).toEqual(["a-b", "c_d"]);
  });
});

describe("sensitive words", () => {
  it("splits camelCase, snake_case and kebab-case into words", () => {
    expect(wordsOf("ReportRape_started-HIVTest")).toBe("report rape started hiv test");
  });

  it.each([
    ["Report rape or sexual assault", ["rape", "sexual assault"]],
    ["DomesticAbuseForm", ["domestic abuse"]],
    ["Clare's Law", ["clares law"]],
    ["self-harm support", ["self harm"]],
    ["victims", ["victim"]],
  ])("finds %j", (text, phrases) => {
    expect(sensitiveWordsIn(text).map((hit) => hit.phrase)).toEqual(phrases);
  });

  it.each(["Transform", "grapefruit", "therapeutic", "Purchase", "Schedule", "Lead", "CompleteRegistration"])("finds nothing in %j", (text) => {
    expect(sensitiveWordsIn(text)).toEqual([]);
  });
});

describe("looksTagged (the project index's text-only check)", () => {
  it.each([
    ["<!-- sensitive-content: abuse -->\n<p>x</p>", "an html comment"],
    ["{# sensitive-content #}", "a Nunjucks comment"],
    ["{{!-- sensitive-content --}}", "a Handlebars comment"],
    ["<%# sensitive-content %>", "an ERB comment"],
    ["<?php /* sensitive-content: health */ ?>", "a PHP block comment"],
    ["// sensitive-content\nexport {}", "a JS line comment"],
    ['<meta name="sensitive-content" content="health">', "a meta tag"],
    ["---\ntitle: x\nsensitive: abuse\n---\n", "front matter"],
    ['<main data-sensitive="health">', "a data-sensitive attribute"],
    ["<main data-sensitive>", "a bare data-sensitive attribute"],
  ])("%j is tagged (%s)", (text) => {
    expect(looksTagged(text)).toBe(true);
  });

  it.each([
    ["<p>Add a sensitive-content comment to tag a page.</p>", "prose that names the token"],
    ["const tag = 'sensitive-content';", "a string"],
    ["<!-- done --><p>sensitive-content</p>", "text after a closed comment"],
    ["---\nsensitive: off\n---\n", "front matter that says off"],
    ["---\nsensitive: false\n---\n", "front matter that says false"],
    ["---\nsensitive: []\n---\n", "an empty list"],
    ['<main data-sensitive="false">', "data-sensitive=false"],
    ["// non-sensitive-content", "a look-alike token"],
  ])("%j is not tagged (%s)", (text) => {
    expect(looksTagged(text)).toBe(false);
  });
});
