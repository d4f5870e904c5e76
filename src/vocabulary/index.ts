import { abuse, crimeVictims, sexualOffences } from "./crime.js";
import { care, health, mentalHealth, sexualHealth } from "./health.js";
import { ethnicity, politics, religion, sexualOrientation, tradeUnion } from "./special-category.js";
import type { Category } from "./types.js";

export type { Category } from "./types.js";

/** Every sensitive category, most specific first (a phrase found in two is credited to the first). */
export const CATEGORIES: readonly Category[] = [
  sexualOffences,
  abuse,
  crimeVictims,
  sexualHealth,
  mentalHealth,
  health,
  care,
  religion,
  sexualOrientation,
  ethnicity,
  tradeUnion,
  politics,
];
