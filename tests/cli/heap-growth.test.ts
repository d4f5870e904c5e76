import { HEAP_GROWING_PERCENT, boundHeapGrowth, userSetsHeapGrowth } from "../../src/cli/heap-growth.js";

describe("the command's heap growth", () => {
  it("is left to the user who sets it in node's flags or NODE_OPTIONS", () => {
    expect(userSetsHeapGrowth(["--heap-growing-percent=30"], undefined)).toBe(true);
    expect(userSetsHeapGrowth(["--heap_growing_percent", "30"], undefined)).toBe(true);
    expect(userSetsHeapGrowth([], "--max-old-space-size=4096 --heap-growing-percent=0")).toBe(true);
    expect(boundHeapGrowth(["--heap-growing-percent=30"], undefined)).toBe(false);
  });

  it("is bounded otherwise", () => {
    expect(userSetsHeapGrowth(["--enable-source-maps"], "--max-old-space-size=4096")).toBe(false);
    expect(userSetsHeapGrowth([], undefined)).toBe(false);
    expect(HEAP_GROWING_PERCENT).toBe(100);
  });
});
