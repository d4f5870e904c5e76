import { SENSITIVE } from "./phrases.js";

/** Every tracker rule: a tracker this page pulls in through a layout, include or partial, reported at the link. */
export const VIA_CHAIN_MESSAGE = `A file this page pulls in sends {{company}} what visitors do on this sensitive page. Found: {{chain}} loads {{what}}{{more}}. ${SENSITIVE} Remove it from that file, or move it to a layout that sensitive pages do not use.`;

/** Every tracker rule: a tracker a CMS plugin (or the theme's functions.php) prints on this page. */
export const VIA_PLUGIN_MESSAGE = `A CMS plugin sends {{company}} what visitors do on this sensitive page. Found: {{source}} injects {{what}} at {{place}}{{more}}. ${SENSITIVE} Keep it off this page in the plugin's settings, or remove it.`;
