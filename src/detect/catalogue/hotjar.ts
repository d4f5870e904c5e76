import type { CallShape } from "./types.js";
import { vendor } from "./vendor.js";

/*
 * Session replay: these scripts record the visit itself (clicks, scrolling, the page's text and,
 * unless each field is masked, what the visitor types) and send it to the vendor. On a page about
 * reporting a crime or a diagnosis, the recording is the sensitive data.
 */

const identify: CallShape = { id: 0, matching: 1 };

/** Hotjar. */
export default vendor({
  id: "hotjar",
  name: "Hotjar",
  company: "Hotjar",
  leaks: "a recording of the visit (clicks, scrolling, the page's text, and what was typed unless masked) with the page address",
  docs: "https://help.hotjar.com/hc/en-us/articles/115011639927",
  endpoints: [
    { host: "static.hotjar.com", path: /^\/c\/hotjar-/, kind: "loader", label: "the Hotjar loader" },
    { host: "script.hotjar.com", kind: "loader", label: "the Hotjar recording script" },
  ],
  // `hj('identify', userId, { email })`, `hj('event', 'signed_up')`, `hj('stateChange', '/new/path')`
  functions: {
    hj: {
      identify: { id: 1, matching: 2 },
      event: { event: 1 },
      trigger: { event: 1 },
      stateChange: { data: 1 },
      vpv: { data: 1 },
      tagRecording: { data: 1 },
    },
  },
  // `hj` is two letters: only its own commands are Hotjar's, and the prefilter looks for `hj(`
  forms: { hj: { listedOnly: true, needles: ["hj("] } },
  globals: ["_hjSettings"],
  packages: [
    // `Hotjar.init(siteId, version)`, `Hotjar.identify(userId, { email })`, `Hotjar.event(name)`
    { name: "@hotjar/browser", methods: { init: { id: 0, options: 2, setup: true }, identify, event: { event: 0 }, stateChange: { data: 0 } } },
    // `import { hotjar } from 'react-hotjar'; hotjar.initialize({ id, sv })`
    { name: "react-hotjar", methods: { initialize: { id: 0, setup: true }, identify, event: { event: 0 }, stateChange: { data: 0 } } },
    { name: "vue-hotjar" },
    { name: "gatsby-plugin-hotjar" },
    { name: "@nuxt/scripts", general: true, loaders: ["useScriptHotjar"] },
  ],
  personalKeys: ["email", "phone", "phone_number", "full_name"],
});
