/**
 * The framework Ankara envisages with Saudi Arabia and Pakistan: who would be in it, what each
 * would bring, what it would cover and what it is for (headline and paragraphs 1, 3, 5 and 6).
 */
import type { GraphBuilder, Ref } from "../../src/index.js";
import type { Actors } from "./actors.js";

export function declareTurkishFramework(g: GraphBuilder, a: Actors, source: Ref<"SourceDocument">) {
  const framework = g.add("ProposedFramework", "turkish-regional-security-framework", {
    label: "Envisaged Turkish defensive cooperation mechanism with Saudi Arabia and Pakistan",
    altLabels: ["multilateral security framework", "defensive cooperation mechanism", "emerging partnership"],
    status: "Envisaged",
    scope: "Multilateral",
    proposedBy: [a.turkey],
  });
  const member = (slug: string, label: string, party: Actors["turkey"] | Actors["otherRegionalActors"], prospect: "ProspectiveFoundingMember" | "ProspectiveMember") =>
    g.add("Membership", slug, { label, member: party, agreement: framework, role: prospect, membershipStatus: "Envisioned" });
  const turkeyIn = member("turkey-in-turkish-framework", "Turkey in the envisaged framework", a.turkey, "ProspectiveFoundingMember");
  const pakistanIn = member("pakistan-in-turkish-framework", "Pakistan in the envisaged framework", a.pakistan, "ProspectiveFoundingMember");
  const saudiIn = member("saudi-arabia-in-turkish-framework", "Saudi Arabia in the envisaged framework", a.saudiArabia, "ProspectiveFoundingMember");
  const othersIn = member("other-regional-actors-in-turkish-framework", "Other regional actors in the envisaged framework", a.otherRegionalActors, "ProspectiveMember");

  const cooperation = g.add("Clause", "turkish-framework-military-cooperation", {
    label: "Enhanced military cooperation of Turkey with Saudi Arabia and Pakistan",
    agreement: framework,
    clauseTypes: ["MilitaryCooperation"],
    binds: [a.turkey, a.saudiArabia, a.pakistan],
    symmetric: true,
  });
  const realignment = g.add("Aim", "turkish-framework-realignment", {
    label: "Strategic realignment of regional security dynamics",
    agreement: framework,
    aimType: "Realignment",
  });
  const independence = g.add("Aim", "turkish-framework-independence", {
    label: "Independence from traditional Western alliances",
    agreement: framework,
    aimType: "Independence",
  });
  const stabilisation = g.add("Aim", "turkish-framework-stabilisation", {
    label: "Regional stabilisation mechanisms following potential political changes in Syria",
    agreement: framework,
    aimType: "Stabilise",
    aimTargets: [a.syria],
  });
  const counterProxies = g.add("Aim", "turkish-framework-counter-iranian-proxies", {
    label: "Counter Iranian proxy networks",
    agreement: framework,
    aimType: "Counter",
    aimTargets: [a.iranianProxies],
  });
  const israeliConcerns = g.add("Aim", "turkish-framework-israeli-security-concerns", {
    label: "Address Israeli security concerns through multilateral frameworks rather than confrontation",
    agreement: framework,
    aimType: "Address",
    aimTargets: [a.israel],
  });
  const capability = (slug: string, label: string, heldBy: Actors["turkey"], capabilityType: "FinancialResources" | "MilitaryExperience" | "DefenceIndustry") =>
    g.add("Capability", slug, { label, heldBy, capabilityType, contributedTo: [framework] });
  const saudiMoney = capability("saudi-arabia-financial-resources", "Saudi Arabia's financial resources", a.saudiArabia, "FinancialResources");
  const pakistanExperience = capability("pakistan-military-experience", "Pakistan's military experience", a.pakistan, "MilitaryExperience");
  const turkeyIndustry = capability("turkey-defence-infrastructure", "Turkey's defence infrastructure", a.turkey, "DefenceIndustry");

  const provision = (slug: string, label: string, clauseType: "IntelligenceSharing" | "DefenceIndustryCollaboration" | "Interoperability") =>
    g.add("Clause", slug, {
      label,
      agreement: framework,
      clauseTypes: [clauseType],
      binds: [a.pakistan, a.turkey],
      symmetric: true,
      appliesIn: [a.mena, a.redSea],
    });
  const intelligence = provision("turkish-framework-intelligence-sharing", "Pakistani–Turkish intelligence sharing", "IntelligenceSharing");
  const industry = provision("turkish-framework-defence-industry", "Pakistani–Turkish defence-industry collaboration", "DefenceIndustryCollaboration");
  const interoperability = provision("turkish-framework-interoperability", "Pakistani–Turkish operational interoperability", "Interoperability");
  const conduit = g.add("Assessment", "saudi-arabia-as-conduit", {
    label: "Riyadh would likely serve as a conduit for Pakistani–Turkish cooperation",
    subjects: [a.saudiArabia, a.pakistan, a.turkey, framework],
    appliesIn: [a.mena, a.redSea],
  });

  g.claim("turkey-hunts-for-alliances", {
    supports: [framework],
    epistemicStatus: "Confirmed",
    attributedTo: [a.author],
    source,
    quote: "Turkey hunts for new security alliances",
  });
  g.claim("turkey-pursues-realignment", {
    supports: [framework, realignment, cooperation, turkeyIn],
    epistemicStatus: "Reported",
    attributedTo: [a.familiarSources],
    source,
    reportingVerb: "according to",
    quote:
      "Turkey is actively pursuing a strategic realignment of regional security dynamics through enhanced military cooperation with Saudi Arabia and Pakistan",
  });
  g.claim("framework-independent-of-western-alliances", {
    supports: [framework, independence],
    epistemicStatus: "AnalystAssessment",
    attributedTo: [a.author],
    source,
    quote:
      "This initiative represents Ankara’s broader ambition to establish a multilateral security framework independent of traditional Western alliances",
  });
  g.claim("ankara-envisions-mechanism", {
    supports: [framework, turkeyIn, pakistanIn, saudiIn],
    epistemicStatus: "Reported",
    attributedTo: [a.turkishSources],
    source,
    quote: "Ankara envisions a defensive cooperation mechanism that would initially include Pakistan and Saudi Arabia",
    reviewNotes: ["Attributed to the Turkish sources of the previous sentence ('Instead, …')."],
  });
  g.claim("framework-may-expand", {
    supports: [othersIn],
    epistemicStatus: "Speculative",
    attributedTo: [a.turkishSources],
    source,
    hedges: ["potentially"],
    quote: "while potentially expanding to other regional actors",
    reviewNotes: ["Attributed to the Turkish sources of the paragraph."],
  });
  g.claim("partnership-would-leverage-capabilities", {
    supports: [saudiMoney, pakistanExperience, turkeyIndustry],
    epistemicStatus: "AnalystAssessment",
    attributedTo: [a.analysts],
    source,
    reportingVerb: "suggest",
    hedges: ["would"],
    quote:
      "Analysts suggest this emerging partnership would leverage Saudi Arabia’s financial resources, Pakistan’s military experience, and Turkey’s defense infrastructure",
  });
  g.claim("riyadh-as-conduit", {
    supports: [conduit, intelligence, industry, interoperability],
    epistemicStatus: "AnalystAssessment",
    attributedTo: [a.bianco],
    source,
    reportingVerb: "notes",
    hedges: ["would likely"],
    quote:
      "Riyadh would likely serve as a conduit facilitating Pakistani-Turkish cooperation across intelligence sharing, defense industry collaboration, and operational interoperability throughout MENA and Red Sea theaters",
  });
  g.claim("developments-align-with-stabilisation-strategy", {
    supports: [stabilisation],
    epistemicStatus: "AnalystAssessment",
    attributedTo: [a.regionalExperts, a.yesiltas],
    source,
    reportingVerb: "indicate",
    hedges: ["potential"],
    quote:
      "these developments align with Turkey’s broader strategy to create regional stabilization mechanisms following potential political changes in Syria",
  });
  g.claim("cooperation-could-counter-proxies", {
    supports: [counterProxies, israeliConcerns],
    epistemicStatus: "Speculative",
    attributedTo: [a.author],
    source,
    hedges: ["could"],
    quote:
      "Such cooperation could simultaneously counter Iranian proxy networks while addressing Israeli security concerns through multilateral frameworks rather than confrontation",
    reviewNotes: ["An unattributed sentence; it may continue the regional security experts' assessment."],
  });
  return { framework };
}
