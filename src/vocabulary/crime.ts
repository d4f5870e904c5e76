import type { Category } from "./types.js";

export const sexualOffences: Category = {
  id: "sexual-offences",
  strong: ["rape", "raped", "sexual assault", "sexual abuse", "sexual violence", "sexual offence", "sexual offense", "child sexual abuse", "sexual exploitation", "intimate image abuse", "revenge porn", "sarc"],
  phrases: ["indecent exposure", "upskirting", "sexual harassment", "spiking"],
};

export const abuse: Category = {
  id: "abuse",
  strong: ["domestic abuse", "domestic violence", "coercive control", "stalking", "forced marriage", "female genital mutilation", "fgm", "honour based abuse", "honour based violence", "child abuse", "elder abuse", "modern slavery", "human trafficking", "clares law"],
  phrases: ["stalker", "harassment", "abuser", "abusive relationship", "controlling behaviour", "refuge", "safe house"],
};

export const crimeVictims: Category = {
  id: "crime-victims",
  strong: ["report a crime", "report crime", "hate crime", "hate incident", "victim support", "victims of crime", "victim of crime", "witness statement", "crime reference number"],
  phrases: ["victim", "witness", "crime", "assault", "burglary", "robbery", "fraud", "criminal record", "conviction", "offender", "police report"],
};
