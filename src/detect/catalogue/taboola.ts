import { vendor } from "./vendor.js";

/** Taboola: its content widgets (`_taboola.push({ article: 'auto' })`) and its Pixel (`_tfa.push({ notify: 'event' })`). */
export default vendor({
  id: "taboola",
  name: "Taboola",
  company: "Taboola",
  leaks: "the page address and what was read, for ads and recommendations across other sites",
  docs: "https://help.taboola.com/hc/en-us/articles/115006880507",
  endpoints: [
    { host: "cdn.taboola.com", path: /^\/libtrc\//, kind: "loader", label: "the Taboola loader" },
    { host: "trc.taboola.com", kind: "beacon", label: "the Taboola tracking beacon" },
  ],
  objects: { _taboola: { push: { data: 0 } }, _tfa: { push: { data: 0 } } },
  forms: { _taboola: { listedOnly: true }, _tfa: { listedOnly: true } },
});
