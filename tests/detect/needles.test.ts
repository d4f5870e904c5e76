import { VENDORS } from "../../src/detect/catalogue/index.js";
import { mayHoldTracker, NEEDLES } from "../../src/detect/needles.js";
import { scanFile } from "../../src/detect/scan.js";

describe("the prefilter's needles", () => {
  it("are never shorter than three characters: a two-letter API name states a longer needle (`hj(`, `ga(`)", () => {
    expect([...NEEDLES].filter((needle) => needle.length < 3)).toEqual([]);
    for (const vendor of VENDORS) {
      for (const name of [...vendor.functions, ...vendor.objects]) if (name.length < 3) expect({ name, needles: vendor.forms[name]?.needles }).toEqual({ name, needles: expect.any(Array) });
    }
  });

  it.each([
    ["a page that says gather", "<p>Please gather at the front desk.</p>"],
    ["a Norwegian help page", "<h1>Trenger du hjelp?</h1><p>Ring oss.</p>"],
    ["code that names a variable ga and an endpoint", "const ga = 1; const endpoint = '/api'; heap.push(node);"],
  ])("do not let %s be walked", (_name, text) => {
    expect(mayHoldTracker(text)).toBe(false);
  });

  it.each([
    ["hj('identify', …)", "hj('identify', user.id, { email: user.email });"],
    ["ga('send', …)", "ga('send', 'pageview');"],
    ["ym(id, 'reachGoal')", "ym(110442409, 'reachGoal', 'SEND_FORM1');"],
    ["FS('setIdentity')", "FS('setIdentity', { uid: '1' });"],
    ["qp('track')", "qp('track', 'ViewContent');"],
    ["ndp('init')", "ndp('init', 'c729dacc', {});"],
  ])("still let %s through", (_name, text) => {
    expect(mayHoldTracker(text)).toBe(true);
  });

  it("hands the scan nothing for a file holding only such words", () => {
    const scan = scanFile({ text: "gather hjelp endpoint", ast: { type: "Program", body: [], range: [0, 0] } });
    expect(scan).toEqual({ findings: [], calls: [], markup: [], error: null });
  });
});
