import type { Vendor } from "./types.js";

/** The LinkedIn Insight Tag. */
export const linkedin: Vendor = {
  id: "linkedin",
  name: "the LinkedIn Insight Tag",
  company: "LinkedIn",
  leaks: "the page address and conversions, matched to the visitor's LinkedIn profile",
  endpoints: [
    { host: "snap.licdn.com", path: /^\/li\.lms-analytics\//, kind: "loader", label: "the Insight Tag loader" },
    { host: "px.ads.linkedin.com", kind: "beacon", label: "the LinkedIn collect beacon" },
  ],
  functions: ["lintrk"],
  objects: [],
  globals: ["_linkedin_partner_id", "_linkedin_data_partner_ids"],
  markers: [],
  packages: [{ name: "react-linkedin-insight", methods: ["init", "track"] }],
  attributes: [],
};
