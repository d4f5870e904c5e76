import { vendor } from "./vendor.js";

/*
 * Session replay: these scripts record the visit itself (clicks, scrolling, the page's text and,
 * unless each field is masked, what the visitor types) and send it to the vendor. On a page about
 * reporting a crime or a diagnosis, the recording is the sensitive data.
 */

/** Hotjar. */
export default vendor({
  id: "hotjar",
  name: "Hotjar",
  company: "Hotjar",
  leaks: "a recording of the visit (clicks, scrolling, the page's text, and what was typed unless masked) with the page address",
  endpoints: [
    { host: "static.hotjar.com", path: /^\/c\/hotjar-/, kind: "loader", label: "the Hotjar loader" },
    { host: "script.hotjar.com", kind: "loader", label: "the Hotjar recording script" },
  ],
  globals: ["_hjSettings"],
});
