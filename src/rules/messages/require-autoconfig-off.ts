/** require-autoconfig-off: `fbq('init')` with automatic events (button-click capture) left on. */
export const messages = {
  autoConfigOn:
    "Meta's automatic events send Meta the text of the buttons visitors click on every page with this pixel. Found: {{call}} leaves them on, so Meta receives {{example}}. Turn them off with fbq('set', 'autoConfig', false, {{id}}) before init.",
  autoConfigOnWrapper:
    "Meta's automatic events send Meta the text of the buttons visitors click on every page with this pixel. Found: {{call}} leaves them on, so Meta receives {{example}}. Pass { autoConfig: false } as init's third argument.",
  insertAutoConfigOff: "Turn automatic events off for {{id}} before this init.",
  addAutoConfigOption: "Pass { autoConfig: false } to this init.",
};
