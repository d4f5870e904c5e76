import { vendor } from "./vendor.js";

/** Criteo's OneTag: `window.criteo_q.push({ event: "setAccount", account }, { event: "viewHome" })`. */
export default vendor({
  id: "criteo",
  name: "the Criteo OneTag",
  company: "Criteo",
  leaks: "the page address, the products viewed and the visitor's (hashed) email, for retargeting ads across other sites",
  docs: "https://help.criteo.com/kb/guide/en/all-criteo-onetag-events-and-parameters-vZbzVEDdY6/",
  endpoints: [
    { host: "static.criteo.net", path: /^\/js\/ld\//, kind: "loader", label: "the Criteo OneTag loader (ld.js)" },
    { host: "dynamic.criteo.com", path: /^\/js\/ld\//, kind: "loader", label: "the Criteo OneTag loader (ld.js)" },
    { host: "sslwidget.criteo.com", path: /^\/event\?/, kind: "beacon", label: "the Criteo event beacon" },
  ],
  // each argument is one event object; the first one's `event` names the push
  objects: { criteo_q: { push: { data: 0, eventKey: "event" } } },
  forms: { criteo_q: { listedOnly: true } },
  personalKeys: ["email", "hash_method"],
});
