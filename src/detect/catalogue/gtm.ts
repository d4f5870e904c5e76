import { vendor } from "./vendor.js";

/**
 * `dataLayer.push({ event: 'sign_up', … })`: an event is what fires the container's tags, so a push
 * with an `event` key is a call of Tag Manager. A push without one (`dataLayer.push({ ecommerce:
 * null })`, the gtag stub's `dataLayer.push(arguments)`) only queues variables and sends nothing
 * by itself: it is not reported, or every consent default and reset would be.
 */
const dataLayerEvent = { data: 0, eventKey: "event" };

/** Google Tag Manager: a container that can load any other tag. */
export default vendor({
  id: "gtm",
  name: "Google Tag Manager",
  company: "Google",
  leaks: "the page address, and whatever tags the container loads (often Meta and Google Ads)",
  docs: "https://support.google.com/tagmanager/answer/6102821",
  endpoints: [
    { host: "googletagmanager.com", path: /^\/gtm\.js/, kind: "loader", label: "the gtm.js container loader" },
    { host: "googletagmanager.com", path: /^\/ns\.html/, kind: "frame", label: "the GTM noscript frame" },
  ],
  objects: { dataLayer: { push: dataLayerEvent } },
  // `dataLayer.filter(…)` or `.length` is a site reading its own queue
  forms: { dataLayer: { listedOnly: true, needles: ["dataLayer.push"] } },
  markers: ["gtm.start"],
  packages: [
    // `TagManager.initialize({ gtmId })`, `TagManager.dataLayer({ dataLayer: { … } })`
    { name: "react-gtm-module", methods: { initialize: { id: 0, matching: 1, options: 2 }, dataLayer: { event: 0, data: 0 } } },
    // `app.use(createGtm({ id }))`; `useGtm().trackEvent({ event, … })`
    { name: "@gtm-support/vue-gtm", loaders: ["useGtm"] },
    { name: "vue-gtm" },
    { name: "@zadigetvoltaire/nuxt-gtm" },
    { name: "gatsby-plugin-google-tagmanager" },
    { name: "@analytics/google-tag-manager", methods: { default: { options: 0 } } },
    { name: "@next/third-parties/google", general: true, loaders: ["GoogleTagManager", "sendGTMEvent"] },
    { name: "@nuxt/scripts", general: true, loaders: ["useScriptGoogleTagManager"] },
  ],
  attributes: ["data-gtm"],
  personalKeys: ["email", "user_email", "phone", "phone_number"],
});
