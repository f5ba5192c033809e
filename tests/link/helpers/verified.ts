/**
 * The Wikidata IDs verified against public data for the linking issue: the only real IDs the
 * fixture and the committed links may use. Fictional fixture items are Q9000000001–Q9000000999.
 */
export const VERIFIED_ITEMS = {
  Turkey: "Q43",
  "Saudi Arabia": "Q851",
  Pakistan: "Q843",
  "United Arab Emirates": "Q878",
  Egypt: "Q79",
  Iraq: "Q796",
  Syria: "Q858",
  Jordan: "Q810",
  Lebanon: "Q822",
  Iran: "Q794",
  Israel: "Q801",
  "United States": "Q30",
  NATO: "Q7184",
  "Islamic State": "Q2429253",
  "Recep Tayyip Erdoğan": "Q39259",
  "Arab League": "Q7172",
  "Gulf Cooperation Council": "Q217172",
  "Red Sea": "Q23406",
  "Middle East": "Q7204",
} as const;

export const VERIFIED_CLASSES = ["Q131569", "Q1127126", "Q3624078", "Q6256", "Q484652", "Q245065", "Q100906234", "Q5"] as const;

/** Every verified item and class ID. */
export const VERIFIED_IDS: ReadonlySet<string> = new Set([...Object.values(VERIFIED_ITEMS), ...VERIFIED_CLASSES]);

/** True for an ID in the fixture's fictional range. */
export function isFictional(qid: string): boolean {
  return /^Q9000000\d{3}$/.test(qid);
}

/** The seed entities with a verified ID, as the committed overrides link them. */
export const SEED_VERIFIED_LINKS: Readonly<Record<string, string>> = {
  "party:turkey": "Q43",
  "party:saudi-arabia": "Q851",
  "party:pakistan": "Q843",
  "party:united-arab-emirates": "Q878",
  "party:egypt": "Q79",
  "party:iraq": "Q796",
  "party:syria": "Q858",
  "party:jordan": "Q810",
  "party:lebanon": "Q822",
  "party:iran": "Q794",
  "party:israel": "Q801",
  "party:united-states": "Q30",
  "party:nato": "Q7184",
  "party:isis": "Q2429253",
  "person:recep-tayyip-erdogan": "Q39259",
  "region:red-sea": "Q23406",
  "region:middle-east": "Q7204",
};
