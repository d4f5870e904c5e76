import { vendor } from "./vendor.js";

/** Microsoft Clarity: session replay (see hotjar.ts), the recording sent to Microsoft. */
export default vendor({
  id: "clarity",
  name: "Microsoft Clarity",
  company: "Microsoft",
  leaks: "a recording of the visit (clicks, scrolling, the page's text, and what was typed unless masked) with the page address",
  docs: "https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-api",
  endpoints: [{ host: "clarity.ms", path: /^\/tag\//, kind: "loader", label: "the Clarity loader" }],
  // `clarity('event', name)`; `clarity('set', key, value)` and `clarity('identify', id)` send every argument after the method
  functions: { clarity: { event: { event: 1, data: 1 } } },
  packages: [
    // `Clarity.init(projectId)`, `Clarity.identify(customId, sessionId, pageId, friendlyName)`, `Clarity.setTag(key, value)`
    { name: "@microsoft/clarity", methods: { init: { id: 0, setup: true }, identify: { id: 0, data: 1 }, setTag: { data: 0 }, event: { event: 0 }, consent: {}, upgrade: { data: 0 } } },
    { name: "react-microsoft-clarity" },
    { name: "@nuxt/scripts", general: true, loaders: ["useScriptClarity"] },
  ],
});
