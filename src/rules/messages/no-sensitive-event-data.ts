/** no-sensitive-event-data: events and pixel URLs that carry personal data, sensitive words or page-derived data. */
export const messages = {
  personalData: "This event sends {{company}} personal data that identifies the visitor. Found: {{what}} sends {{detail}}. Hashed or not, it is matched to the visitor's profile. Remove these fields from the event.",
  sensitiveWords: "This event tells {{company}} what the visitor was doing, in sensitive words. Found: {{what}} sends {{detail}}. Replace them with neutral event names, or remove the event.",
  pageData: "This event sends {{company}} what the visitor was reading or typing. Found: {{what}} sends {{detail}}: page titles, addresses and form fields say what the page was about. Send fixed values instead, or remove the event.",
  fileNotChecked: "pixel-guard could not check this file, so a tracker in it would leak unseen. Error: {{error}}. Report this to pixel-guard's issues with the file.",
};
