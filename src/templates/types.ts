/** How one file pulls in another (the engines' links: src/engines/types.ts). */
export type { Link } from "../engines/index.js";
