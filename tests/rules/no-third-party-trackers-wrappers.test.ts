/**
 * Vendors' npm wrappers and framework modules, as their READMEs have sites use them: found where
 * the package is imported (or named in nuxt.config / gatsby-config) and where its API is called,
 * each at its place. And what is not a wrapper: a package of the same word, a local `analytics`.
 */
import rule from "../../src/rules/no-third-party-trackers.js";
import { ruleTester } from "../rule-tester.js";

const TAG = "// sensitive-content: health\n";
const code = (line: number, column: number) => ({ messageId: "trackerOnSensitivePage" as const, line, column });
const call = (line: number, column: number) => ({ messageId: "trackerCallOnSensitivePage" as const, line, column });

ruleTester.run("no-third-party-trackers (wrappers)", rule, {
  valid: [
    { name: "react-ga4 on a page that is not sensitive", code: 'import ReactGA from "react-ga4";\nReactGA.initialize("G-1");' },
    { name: "a site's own analytics module and its calls", code: `${TAG}import analytics from './lib/analytics';\nconst a = createAnalytics();\na.track('x');` },
    { name: "the analytics package alone, with a local instance", code: `${TAG}import Analytics from 'analytics';\nconst analytics = Analytics({ app: 'site' });\nanalytics.page();` },
    { name: "a priority queue named heap", code: `${TAG}const heap = new MinHeap();\nheap.push(3);\nheap.pop();` },
    { name: "an audio function's amplitude parameter", code: `${TAG}export function level(amplitude) {\n  return amplitude.toFixed(2);\n}` },
    { name: "a package whose name only starts like a wrapper", code: `${TAG}import x from 'react-ga4-helpers-not-real/x';` },
  ],
  invalid: [
    {
      name: "react-ga4: import, initialize and send",
      code: `${TAG}import ReactGA from "react-ga4";\nReactGA.initialize("G-ABC123");\nReactGA.send({ hitType: "pageview", page: "/report" });`,
      errors: [code(2, 21), call(3, 1), call(4, 1)],
    },
    {
      name: "react-ga (Universal Analytics): require, initialize and pageview",
      code: `${TAG}const ReactGA = require('react-ga');\nReactGA.initialize('UA-000000-01');\nReactGA.pageview(window.location.pathname + window.location.search);`,
      errors: [code(2, 25), call(3, 1), call(4, 1)],
    },
    {
      name: "react-gtm-module: import and initialize",
      code: `${TAG}import TagManager from 'react-gtm-module';\nTagManager.initialize({ gtmId: 'GTM-000000' });`,
      errors: [code(2, 24), call(3, 1)],
    },
    {
      name: "@next/third-parties: the GoogleAnalytics component and sendGAEvent",
      filename: "app/layout.tsx",
      code: `${TAG}import { GoogleAnalytics, sendGAEvent } from '@next/third-parties/google';\nexport const L = () => <GoogleAnalytics gaId="G-XYZ" />;\nsendGAEvent('event', 'buttonClicked', { value: 'xyz' });`,
      errors: [code(3, 24), code(4, 1)],
    },
    {
      name: "vue-gtag: the plugin, a named event import, and the injected this.$gtag",
      code: `${TAG}import VueGtag, { event } from "vue-gtag";\napp.use(VueGtag, { config: { id: "G-1" } });\nevent('login', { method: 'Google' });\nexport default { methods: { go() { this.$gtag.event('report_started'); } } };`,
      errors: [code(2, 32), call(4, 1), call(5, 36)],
    },
    {
      name: "nuxt-gtag in nuxt.config's modules, and its composables",
      filename: "nuxt.config.ts",
      code: `${TAG}export default defineNuxtConfig({ modules: ['nuxt-gtag'], gtag: { id: 'G-1' } });\nconst { gtag } = useGtag();\ngtag('event', 'screen_view', { app_name: 'x' });\nuseTrackEvent('login');`,
      errors: [code(2, 45), code(3, 18), call(4, 1), code(5, 1)],
    },
    {
      name: "@nuxtjs/google-gtag as a [name, options] module, and this.$gtag('event')",
      filename: "nuxt.config.js",
      code: `${TAG}export default { modules: [['@nuxtjs/google-gtag', { id: 'G-1' }]] };\nexport const m = { methods: { go() { this.$gtag('event', 'x'); } } };`,
      errors: [code(2, 29), call(3, 38)],
    },
    {
      name: "Gatsby plugins named in gatsby-config, by resolve and as a string",
      filename: "gatsby-config.js",
      code: `${TAG}module.exports = {\n  plugins: [\n    { resolve: "gatsby-plugin-google-gtag", options: { trackingIds: ["G-1"] } },\n    "gatsby-plugin-google-analytics",\n    { resolve: "gatsby-plugin-google-tagmanager", options: { id: "GTM-1" } },\n  ],\n};`,
      errors: [code(4, 16), code(5, 5), code(6, 16)],
    },
    {
      name: "@hotjar/browser: init and identify",
      code: `${TAG}import Hotjar from '@hotjar/browser';\nHotjar.init(1234567, 6);\nHotjar.identify('USER_ID', { email: user.email });`,
      errors: [code(2, 20), call(3, 1), call(4, 1)],
    },
    {
      name: "react-hotjar: the named hotjar export",
      code: `${TAG}import { hotjar } from 'react-hotjar';\nhotjar.initialize({ id: 1234567, sv: 6 });\nhotjar.stateChange('/report/2');`,
      errors: [code(2, 24), call(3, 1), call(4, 1)],
    },
    {
      name: "@microsoft/clarity: init and setTag",
      code: `${TAG}import Clarity from '@microsoft/clarity';\nClarity.init('abcdef1234');\nClarity.setTag('page', 'report');`,
      errors: [code(2, 21), call(3, 1), call(4, 1)],
    },
    {
      name: "@segment/analytics-next: AnalyticsBrowser.load, and the instance it returns",
      code: `${TAG}import { AnalyticsBrowser } from '@segment/analytics-next';\nexport const analytics = AnalyticsBrowser.load({ writeKey: 'KEY' });\nanalytics.identify('u1', { email: user.email });`,
      errors: [code(2, 34), call(3, 26), call(4, 1)],
    },
    {
      name: "the analytics package with @analytics/google-analytics: the plugin's import and its call",
      code: `${TAG}import Analytics from 'analytics';\nimport googleAnalytics from '@analytics/google-analytics';\nconst analytics = Analytics({ app: 'site', plugins: [googleAnalytics({ measurementIds: ['G-1'] })] });\nanalytics.page();`,
      errors: [code(3, 29), call(4, 54)],
    },
    {
      name: "mixpanel-browser: init, track and people.set",
      code: `${TAG}import mixpanel from "mixpanel-browser";\nmixpanel.init("13746b390c813a2cec8e6030769ad9fd", { track_pageview: true });\nmixpanel.track("Report started");\nmixpanel.people.set({ $email: user.email });`,
      errors: [code(2, 22), call(3, 1), call(4, 1), call(5, 1)],
    },
    {
      name: "@amplitude/analytics-browser as a namespace: init and track",
      code: `${TAG}import * as amplitude from '@amplitude/analytics-browser';\namplitude.init('KEY', { autocapture: true });\namplitude.track('Button Clicked', { page: 'report' });`,
      errors: [code(2, 28), call(3, 1), call(4, 1)],
    },
    {
      name: "amplitude-js: getInstance().logEvent is one call",
      code: `${TAG}import amplitude from 'amplitude-js';\namplitude.getInstance().init('KEY');\namplitude.getInstance().logEvent('Entered SMS Code - Success', {});`,
      errors: [code(2, 23), call(3, 1), call(4, 1)],
    },
    {
      name: "posthog-js: init and capture, and posthog-js/react's usePostHog",
      code: `${TAG}import posthog from 'posthog-js';\nposthog.init('phc_q4JRmDtu', { api_host: 'https://eu.i.posthog.com' });\nposthog.capture('report_started');\nimport { usePostHog } from 'posthog-js/react';\nconst ph = usePostHog();\nph.capture('clicked');`,
      errors: [code(2, 21), call(3, 1), code(3, 42), call(4, 1), code(5, 28), code(6, 12), call(7, 1)],
    },
  ],
});
