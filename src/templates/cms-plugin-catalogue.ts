/**
 * WordPress plugins and Drupal modules that print a tracker on every page (at `wp_head()` /
 * `wp_footer()`, or in Drupal's html.html.twig), as data: the plugin's slug (its wordpress.org
 * folder and `wpackagist-plugin/<slug>` package) or the module's machine name (`drupal/<name>`),
 * what a web editor calls it, and the catalogue vendor ids (src/detect/catalogue/) of what it
 * injects. The rule that owns each vendor reports it; a vendor id the catalogue does not know is
 * skipped (tests/templates/cms-plugins.test.ts checks there is none).
 *
 * Plugins that only print what an editor typed into their options (Insert Headers and Footers /
 * WPCode, Header Footer Code Manager) are not here: what they inject lives in the database.
 */

/** One plugin or module: what it is called, and which vendors it puts on every page. */
export interface CmsPluginRecord {
  name: string;
  vendors: readonly string[];
}

/** WordPress plugins, by slug (the folder under `wp-content/plugins/`). */
export const WORDPRESS_PLUGINS: Readonly<Record<string, CmsPluginRecord>> = {
  pixelyoursite: { name: "PixelYourSite", vendors: ["meta", "google-tag"] },
  "pixelyoursite-pro": { name: "PixelYourSite PRO", vendors: ["meta", "google-tag", "google-ads", "tiktok"] },
  "official-facebook-pixel": { name: "Meta pixel for WordPress", vendors: ["meta"] },
  "facebook-for-woocommerce": { name: "Facebook for WooCommerce", vendors: ["meta"] },
  "pixel-caffeine": { name: "Pixel Caffeine", vendors: ["meta"] },
  "google-site-kit": { name: "Site Kit by Google", vendors: ["google-tag"] },
  "duracelltomi-google-tag-manager": { name: "GTM4WP", vendors: ["gtm"] },
  "gtm-kit": { name: "GTM Kit", vendors: ["gtm"] },
  "google-analytics-for-wordpress": { name: "MonsterInsights", vendors: ["google-tag"] },
  "google-analytics-premium": { name: "MonsterInsights Pro", vendors: ["google-tag"] },
  "google-analytics-dashboard-for-wp": { name: "ExactMetrics", vendors: ["google-tag"] },
  "ga-google-analytics": { name: "GA Google Analytics", vendors: ["google-tag"] },
  "woocommerce-google-analytics-integration": { name: "Google Analytics for WooCommerce", vendors: ["google-tag"] },
  "google-listings-and-ads": { name: "Google for WooCommerce", vendors: ["google-ads"] },
  "woocommerce-google-adwords-conversion-tracking-tag": { name: "Pixel Manager for WooCommerce", vendors: ["google-ads", "google-tag", "meta"] },
  "pinterest-for-woocommerce": { name: "Pinterest for WooCommerce", vendors: ["pinterest"] },
  "tiktok-for-business": { name: "TikTok for WooCommerce", vendors: ["tiktok"] },
};

/** Drupal modules (and recipes that install one), by machine name. */
export const DRUPAL_MODULES: Readonly<Record<string, CmsPluginRecord>> = {
  google_tag: { name: "Google Tag", vendors: ["gtm", "google-tag"] },
  google_analytics: { name: "Google Analytics", vendors: ["google-tag"] },
  drupal_cms_google_analytics: { name: "Drupal CMS Google Analytics", vendors: ["gtm", "google-tag"] },
  facebook_pixel: { name: "Facebook Pixel", vendors: ["meta"] },
  simple_facebook_pixel: { name: "Simple Facebook Pixel", vendors: ["meta"] },
  hotjar: { name: "Hotjar", vendors: ["hotjar"] },
};
