import { vendor } from "./vendor.js";

/** Meta's social plugins (JavaScript SDK, like buttons): not the Pixel, but they still call Meta. */
export default vendor({
  id: "meta-social",
  name: "the Facebook JavaScript SDK (a Meta social plugin)",
  company: "Meta",
  leaks: "the page address with the visitor's Facebook identity",
  endpoints: [
    { host: "connect.facebook.net", path: /^\/[a-z]{2,3}_[a-z]{2,3}\/(?:sdk|all)(?:\/[\w.]+)?\.js/i, kind: "sdk", label: "the Facebook SDK loader" },
  ],
  // `FB.init({ appId, … })`: its one argument says which app the page belongs to
  objects: { FB: { init: { id: 0, setup: true } } },
  // two letters: the prefilter looks for `FB.`
  forms: { FB: { needles: ["FB."] } },
  globals: ["fbAsyncInit"],
});
