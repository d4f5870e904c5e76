import type { Vendor } from "./types.js";

/*
 * Session replay: these scripts record the visit itself (clicks, scrolling, the page's text and,
 * unless each field is masked, what the visitor types) and send it to the vendor. On a page about
 * reporting a crime or a diagnosis, the recording is the sensitive data.
 */

/** Hotjar. */
export const hotjar: Vendor = {
  id: "hotjar",
  name: "Hotjar",
  company: "Hotjar",
  leaks: "a recording of the visit (clicks, scrolling, the page's text, and what was typed unless masked) with the page address",
  endpoints: [
    { host: "static.hotjar.com", path: /^\/c\/hotjar-/, kind: "loader", label: "the Hotjar loader" },
    { host: "script.hotjar.com", kind: "loader", label: "the Hotjar recording script" },
  ],
  functions: [],
  objects: [],
  globals: ["_hjSettings"],
  markers: [],
  packages: [],
  attributes: [],
};

/** Microsoft Clarity. */
export const clarity: Vendor = {
  id: "clarity",
  name: "Microsoft Clarity",
  company: "Microsoft",
  leaks: "a recording of the visit (clicks, scrolling, the page's text, and what was typed unless masked) with the page address",
  endpoints: [{ host: "clarity.ms", path: /^\/tag\//, kind: "loader", label: "the Clarity loader" }],
  functions: ["clarity"],
  objects: [],
  globals: [],
  markers: [],
  packages: [],
  attributes: [],
};
