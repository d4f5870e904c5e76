import type { Category } from "./types.js";

/** The other special categories of GDPR Article 9. */
export const religion: Category = {
  id: "religion",
  strong: ["religious belief", "religion"],
  phrases: ["mosque", "church", "synagogue", "temple", "gurdwara", "faith", "muslim", "jewish", "christian", "hindu", "sikh", "buddhist"],
};

export const sexualOrientation: Category = {
  id: "sexual-orientation",
  strong: ["sexual orientation", "gender identity", "lgbt", "lgbtq", "lgbtqia", "transgender"],
  phrases: ["gay", "lesbian", "bisexual", "queer", "non binary", "coming out", "trans"],
};

export const ethnicity: Category = {
  id: "ethnicity",
  strong: ["ethnic origin", "racial origin", "immigration status"],
  phrases: ["ethnicity", "ethnic", "racial", "asylum", "refugee", "gypsy", "traveller"],
};

export const tradeUnion: Category = {
  id: "trade-union",
  strong: ["trade union membership", "union membership"],
  phrases: ["trade union", "strike ballot"],
};

export const politics: Category = {
  id: "politics",
  strong: ["political opinion", "voting intention"],
  phrases: ["political party", "party membership"],
};
