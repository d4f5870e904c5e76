import type { MethodShapes } from "./types.js";
import { vendor } from "./vendor.js";

/** `heap.load(appId)`, `heap.track(event, props)`, `heap.identify(identity)`, `heap.addUserProperties({ email })`. */
const HEAP: MethodShapes = {
  load: { id: 0, options: 1, setup: true },
  track: { event: 0, data: 1 },
  identify: { id: 0 },
  addUserProperties: { matching: 0 },
  addEventProperties: { data: 0 },
  resetIdentity: {},
};

/** Heap (Contentsquare): it captures every click and form change by itself. */
export default vendor({
  id: "heap",
  name: "Heap",
  company: "Heap (Contentsquare)",
  leaks: "every click, page view and form change, with the page address and a persistent visitor id",
  docs: "https://developers.heap.io/docs/web",
  endpoints: [
    { host: "cdn.heapanalytics.com", path: /^\/js\/heap-/, kind: "loader", label: "the Heap loader" },
    { host: "cdn.us.heap-api.com", path: /^\/config\//, kind: "loader", label: "the Heap loader" },
    { host: "cdn.eu.heap-api.com", path: /^\/config\//, kind: "loader", label: "the Heap loader" },
    { host: "heapanalytics.com", path: /^\/h\?/, kind: "beacon", label: "the Heap beacon" },
  ],
  // `heap` is a data structure's name too: only Heap's own methods count
  objects: { heap: HEAP },
  forms: { heap: { listedOnly: true, needles: ["heap.load", "heap.track", "heap.identify", "heap.add"] } },
  personalKeys: ["email", "name", "phone"],
});
