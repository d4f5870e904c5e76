import { vendor } from "./vendor.js";

/** The LinkedIn Insight Tag. */
export default vendor({
  id: "linkedin",
  name: "the LinkedIn Insight Tag",
  company: "LinkedIn",
  leaks: "the page address and conversions, matched to the visitor's LinkedIn profile",
  endpoints: [
    { host: "snap.licdn.com", path: /^\/li\.lms-analytics\//, kind: "loader", label: "the Insight Tag loader" },
    { host: "px.ads.linkedin.com", kind: "beacon", label: "the LinkedIn collect beacon" },
  ],
  // `lintrk('track', { conversion_id })`
  functions: { lintrk: { track: { event: 1, data: 1 } } },
  globals: ["_linkedin_partner_id", "_linkedin_data_partner_ids"],
  // `LinkedInTag.init(partnerId)`, `LinkedInTag.track(conversionId)`
  packages: [{ name: "react-linkedin-insight", methods: { init: { id: 0, matching: 1, options: 2, setup: true }, track: { event: 0, data: 0 } } }],
});
