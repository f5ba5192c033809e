/**
 * Relations and diplomacy: Turkish–Saudi relations, the planned March 2026 visit, the roles of
 * the people the article names (paragraphs 3 and 4, and the analysts' affiliations).
 */
import type { GraphBuilder, Ref } from "../../src/index.js";
import type { Actors } from "./actors.js";

export function declareDiplomacy(g: GraphBuilder, a: Actors, source: Ref<"SourceDocument">) {
  const relations = g.add("Assessment", "turkey-saudi-security-relations-deepened", {
    label: "Turkish–Saudi security relations have deepened significantly in recent years",
    subjects: [a.turkey, a.saudiArabia],
  });
  const premature = g.add("Assessment", "nato-style-alliance-premature", {
    label: "A NATO-style alliance remains premature",
    subjects: [a.turkey, a.saudiArabia, a.nato],
  });
  g.claim("turkish-sources-confirm-deeper-relations", {
    supports: [relations],
    epistemicStatus: "Reported",
    attributedTo: [a.turkishSources],
    source,
    reportingVerb: "confirm",
    quote: "Multiple Turkish sources confirm that security relations with Saudi Arabia have significantly deepened in recent years",
  });
  g.claim("nato-style-alliance-remains-premature", {
    supports: [premature],
    epistemicStatus: "AnalystAssessment",
    attributedTo: [a.turkishSources],
    source,
    reportingVerb: "emphasize",
    hedges: ["remains premature"],
    quote: "they emphasize that a NATO-style alliance remains premature",
  });

  const visit = g.add("Visit", "erdogan-gulf-visit-2026-03", {
    label: "Erdoğan's visit to Gulf nations (March 2026)",
    date: "2026-03",
    eventStatus: "Planned",
    participants: [a.erdogan],
    hosts: [a.gulfNations, a.saudiArabia, a.uae],
  });
  const meeting = g.add("Meeting", "erdogan-mohammed-bin-salman-meetings-2026-03", {
    label: "Erdoğan's meetings with Crown Prince Mohammed bin Salman during the visit",
    date: "2026-03",
    eventStatus: "Planned",
    participants: [a.erdogan, a.mbs],
    partOf: visit,
    agenda: ["security cooperation"],
  });
  g.claim("erdogan-scheduled-to-visit-gulf", {
    supports: [visit],
    says: [g.says(visit, { date: "2026-03", eventStatus: "Planned" })],
    epistemicStatus: "Expected",
    attributedTo: [a.author],
    source,
    quote:
      "President Recep Tayyip Erdoğan is scheduled to visit Gulf nations, including Saudi Arabia and the United Arab Emirates, in March 2026",
  });
  g.claim("security-cooperation-on-agenda", {
    supports: [meeting],
    epistemicStatus: "Expected",
    attributedTo: [a.author],
    source,
    quote:
      "During these meetings, security cooperation with Crown Prince Mohammed bin Salman is expected to feature prominently on the agenda",
  });

  const role = (slug: string, holder: Actors["erdogan"], roleType: "HeadOfState" | "CrownPrince" | "Analyst", roleIn: Actors["turkey"] | Actors["ecfr"], quote: string, reviewNotes: readonly string[] = []) => {
    const assignment = g.add("RoleAssignment", slug, {
      label: `${quote.replace(/^Dr\. /, "")}`,
      holder,
      roleType,
      roleIn,
      reviewNotes,
    });
    g.claim(slug, { supports: [assignment], epistemicStatus: "Confirmed", attributedTo: [a.author], source, quote });
  };
  role("erdogan-president-of-turkey", a.erdogan, "HeadOfState", a.turkey, "President Recep Tayyip Erdoğan", [
    "The article says 'President'; that he is Turkey's president is taken from context.",
  ]);
  role("mohammed-bin-salman-crown-prince", a.mbs, "CrownPrince", a.saudiArabia, "Crown Prince Mohammed bin Salman", [
    "The article says 'Crown Prince'; that he is Saudi Arabia's crown prince is taken from context.",
  ]);
  role("cinzia-bianco-at-ecfr", a.bianco, "Analyst", a.ecfr, "Dr. Cinzia Bianco of the European Council on Foreign Relations");
  role("murat-yesiltas-at-seta", a.yesiltas, "Analyst", a.seta, "Murat Yeşiltaş of the SETA Foundation");
  role("kadir-temiz-at-cmes", a.temiz, "Analyst", a.cmes, "Kadir Temiz of the Center for Middle Eastern Studies");
}
