/** no-untagged-sensitive-page: a page that reads as sensitive, loads a tracker, and is not tagged. */
export const messages = {
  untaggedSensitivePage:
    "This page reads as {{category}} and loads a tracker, but it is not tagged sensitive, so no rule checks what leaks. Found: {{tracker}}; the page says {{phrases}}. Tag it with a sensitive-content comment, or list it in settings[\"pixel-guard\"].sensitive.",
};
