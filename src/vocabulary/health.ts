import type { Category } from "./types.js";

export const health: Category = {
  id: "health",
  strong: ["hiv", "cancer", "chemotherapy", "dementia", "hepatitis", "tuberculosis", "dialysis", "multiple sclerosis", "motor neurone disease", "huntingtons"],
  phrases: ["aids", "diagnosis", "diabetes", "epilepsy", "disability", "chronic illness", "long covid", "parkinsons", "oncology"],
};

export const sexualHealth: Category = {
  id: "sexual-health",
  strong: ["sexual health", "sti", "std", "chlamydia", "gonorrhoea", "gonorrhea", "syphilis", "abortion", "termination of pregnancy", "emergency contraception", "morning after pill", "hiv test", "prep clinic"],
  phrases: ["herpes", "contraception", "pregnancy test", "ivf", "fertility", "miscarriage", "pregnancy", "smear test"],
};

export const mentalHealth: Category = {
  id: "mental-health",
  strong: ["mental health", "suicide", "suicidal", "self harm", "eating disorder", "anorexia", "bulimia", "psychosis", "schizophrenia", "bipolar", "ptsd", "crisis line"],
  phrases: ["depression", "anxiety", "counselling", "therapy", "addiction", "substance misuse", "overdose", "alcohol dependency", "talking therapies"],
};

export const care: Category = {
  id: "care",
  strong: ["repeat prescription", "test results", "book an appointment"],
  phrases: ["appointment", "prescription", "referral", "gp", "vaccination", "screening", "clinic", "patient", "nhs number"],
};
