import type { MethodShapes } from "./types.js";
import { vendor } from "./vendor.js";

/** `ym(counterId, method, …)`: the method is argument 1. Webvisor (`init`'s `webvisor: true`) records the visit. */
const YM: MethodShapes = {
  init: { id: 0, options: 2, setup: true },
  reachGoal: { id: 0, event: 2, data: 3 },
  hit: { id: 0, data: 2 },
  params: { id: 0, data: 2 },
  userParams: { id: 0, matching: 2 },
  setUserID: { id: 0, data: 2 },
  notBounce: { id: 0 },
  extLink: { id: 0, data: 2 },
  file: { id: 0, data: 2 },
};

/** react-yandex-metrika's `ym(method, …)`, without the counter id. */
const YM_WITHOUT_ID: MethodShapes = { reachGoal: { event: 1, data: 2 }, hit: { data: 1 }, params: { data: 1 }, userParams: { matching: 1 } };

/** Yandex Metrica. */
export default vendor({
  id: "yandex-metrica",
  name: "Yandex Metrica",
  company: "Yandex",
  leaks: "the page address and goals, with a persistent Yandex visitor id, and with Webvisor a recording of the visit",
  docs: "https://yandex.com/support/metrica/code/counter-initialize.html",
  endpoints: [
    { host: "mc.yandex.ru", path: /^\/metrika\//, kind: "loader", label: "the Yandex Metrica loader (tag.js)" },
    { host: "mc.yandex.com", path: /^\/metrika\//, kind: "loader", label: "the Yandex Metrica loader (tag.js)" },
    { host: "mc.yandex.ru", path: /^\/watch\//, kind: "beacon", label: "the Yandex Metrica beacon" },
    { host: "mc.yandex.com", path: /^\/watch\//, kind: "beacon", label: "the Yandex Metrica beacon" },
  ],
  functions: { ym: YM },
  forms: { ym: { methodAt: 1, listedOnly: true, needles: ["ym("] } },
  packages: [
    { name: "react-yandex-metrika", loaders: ["YMInitializer"], methods: { default: { calls: YM_WITHOUT_ID } } },
    { name: "@artmizu/yandex-metrika-nuxt" },
    { name: "yandex-metrika-vue" },
  ],
  personalKeys: ["UserID", "email", "phone", "name"],
});
