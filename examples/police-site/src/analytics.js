// Site-wide analytics bootstrap. Not sensitive by itself, but it still sends personal data.
export function initAnalytics(user) {
  window.fbq("init", "1234567890", { em: user.email, ph: user.phone });
  window.fbq("track", "PageView");
}
