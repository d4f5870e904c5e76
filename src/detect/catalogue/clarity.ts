import { vendor } from "./vendor.js";

/** Microsoft Clarity: session replay (see hotjar.ts), the recording sent to Microsoft. */
export default vendor({
  id: "clarity",
  name: "Microsoft Clarity",
  company: "Microsoft",
  leaks: "a recording of the visit (clicks, scrolling, the page's text, and what was typed unless masked) with the page address",
  endpoints: [{ host: "clarity.ms", path: /^\/tag\//, kind: "loader", label: "the Clarity loader" }],
  // `clarity('event', name)`; `clarity('set', key, value)` and `clarity('identify', id)` send every argument after the method
  functions: { clarity: { event: { event: 1, data: 1 } } },
});
