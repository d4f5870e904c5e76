import { COOKIELESS } from "./first-party.js";
import { vendor } from "./vendor.js";

/** GoatCounter: `<script data-goatcounter="https://CODE.goatcounter.com/count" src="//gc.zgo.at/count.js">`. */
export default vendor({
  id: "goatcounter",
  name: "GoatCounter",
  company: "GoatCounter",
  leaks: "the page address and referrer, counted without a cookie",
  docs: "https://www.goatcounter.com/help/gdpr",
  firstParty: COOKIELESS,
  endpoints: [
    { host: "gc.zgo.at", path: /^\/count(?:\.v\d+)?\.js/, kind: "loader", label: "the GoatCounter script" },
    { host: "goatcounter.com", path: /^\/count/, kind: "beacon", label: "the GoatCounter count endpoint" },
  ],
  objects: { goatcounter: { count: { data: 0 } } },
  attributes: ["data-goatcounter"],
});
