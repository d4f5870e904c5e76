/**
 * The sentences the rules' messages share. Every message reads: what leaks to whom (one sentence,
 * short enough for an editor hover), the evidence ("Found: …", "This page is sensitive: …", the
 * consent gate), then one sentence on what to do. tests/rules/messages.test.ts holds them to it.
 */

/** Why the page counts as sensitive: a tag, a glob, a URL, its words, the pages that pull it in, a tag-manager trigger. */
export const SENSITIVE = "This page is sensitive: {{why}}.";

/** What to do with a tracker in the file itself. */
export const REMOVE_OR_MOVE = "Remove it from this page, or load it only from a layout that sensitive pages do not use.";

/** What to do with a call in the file itself. */
export const REMOVE_CALL = "Remove the call from this page, or make it only on pages that are not sensitive.";

/** What a consent gate does not change: special-category data needs explicit consent for that purpose. */
export const notExplicitConsent = (company: string): string => `{{gate}} holds it until the visitor consents, but a site-wide consent is not explicit consent to tell ${company} about this page.`;
