import { vendor } from "./vendor.js";

/**
 * Matomo Cloud: Matomo hosted by InnoCraft on `*.matomo.cloud`. The `_paq` calls are the same as a
 * self-hosted Matomo's (matomo.ts, first-party); what makes it a third party is where they go.
 */
export default vendor({
  id: "matomo-cloud",
  name: "Matomo Cloud",
  company: "InnoCraft",
  leaks: "the page address and events, stored by Matomo Cloud for the site",
  docs: "https://matomo.org/faq/general/faq_137/",
  hosts: "matomo",
  endpoints: [
    { host: "cdn.matomo.cloud", path: /^\/[\w.-]+\.matomo\.cloud\/(?:matomo|piwik|container_)/, kind: "loader", label: "the Matomo Cloud loader" },
    { host: "matomo.cloud", path: /^\/(?:matomo|piwik)\.(?:php|js)/, kind: "beacon", label: "the Matomo Cloud tracker" },
  ],
});
