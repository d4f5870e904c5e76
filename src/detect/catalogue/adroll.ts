import { vendor } from "./vendor.js";

/** AdRoll: `adroll_adv_id = "…"; adroll_pix_id = "…"` and the roundtrip.js loader. */
export default vendor({
  id: "adroll",
  name: "the AdRoll Pixel",
  company: "AdRoll (NextRoll)",
  leaks: "the page address and the visitor's email when given, for retargeting ads across other sites",
  docs: "https://help.adroll.com/hc/en-us/articles/211846018",
  endpoints: [
    { host: "s.adroll.com", kind: "loader", label: "the AdRoll loader (roundtrip.js)" },
    { host: "a.adroll.com", kind: "loader", label: "the AdRoll loader (roundtrip.js)" },
    { host: "d.adroll.com", kind: "beacon", label: "the AdRoll beacon" },
  ],
  // `__adroll.record_user({ adroll_segments })`, `adroll.track('pageView')`, `adroll.identify({ email })`
  objects: { __adroll: { record_user: { data: 0 } }, adroll: { track: { event: 0, data: 1 }, identify: { matching: 0 }, setProperties: { data: 0 } } },
  forms: { adroll: { listedOnly: true, needles: ["adroll."] } },
  globals: ["adroll_adv_id", "adroll_pix_id", "adroll_email"],
  personalKeys: ["email", "adroll_email"],
});
