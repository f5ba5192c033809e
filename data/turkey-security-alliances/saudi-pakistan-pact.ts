/** The Saudi–Pakistani pact of September 2025 and Turkey's interest in joining it (paragraph 2). */
import type { GraphBuilder, Ref } from "../../src/index.js";
import type { Actors } from "./actors.js";

export function declareSaudiPakistanPact(g: GraphBuilder, a: Actors, source: Ref<"SourceDocument">) {
  const pact = g.add("MutualDefencePact", "saudi-pakistan-pact", {
    label: "Saudi–Pakistani mutual defence pact (September 2025)",
    status: "Concluded",
    scope: "Bilateral",
    established: "2025-09",
    comment: "The article does not name the pact.",
    reviewNotes: ["The article says 'established'; it does not say when the pact was signed or entered into force."],
  });
  const saudiMembership = g.add("Membership", "saudi-arabia-in-saudi-pakistan-pact", {
    label: "Saudi Arabia in the Saudi–Pakistani pact",
    member: a.saudiArabia,
    agreement: pact,
    role: "FoundingMember",
    membershipStatus: "Active",
    startDate: "2025-09",
  });
  const pakistanMembership = g.add("Membership", "pakistan-in-saudi-pakistan-pact", {
    label: "Pakistan in the Saudi–Pakistani pact",
    member: a.pakistan,
    agreement: pact,
    role: "FoundingMember",
    membershipStatus: "Active",
    startDate: "2025-09",
  });
  const turkeyBid = g.add("Membership", "turkey-in-saudi-pakistan-pact", {
    label: "Turkey's interest in joining the Saudi–Pakistani pact",
    member: a.turkey,
    agreement: pact,
    role: "ProspectiveMember",
    membershipStatus: "InterestIndicated",
  });
  const establishment = g.add("Establishment", "saudi-pakistan-pact-establishment", {
    label: "Establishment of the Saudi–Pakistani pact",
    date: "2025-09",
    eventStatus: "Occurred",
    participants: [a.saudiArabia, a.pakistan],
    concerns: [pact],
  });
  const mutualDefence = g.add("Clause", "saudi-pakistan-pact-mutual-defence", {
    label: "Mutual defence clause of the Saudi–Pakistani pact",
    agreement: pact,
    clauseTypes: ["Defence"],
    binds: [a.saudiArabia, a.pakistan],
    symmetric: true,
    clauseSummary: "Any aggression against one nation is treated as aggression against both.",
    condition: "Aggression against either party.",
  });
  const militaryCooperation = g.add("Clause", "saudi-pakistan-pact-military-cooperation", {
    label: "Military cooperation under the Saudi–Pakistani pact",
    agreement: pact,
    clauseTypes: ["MilitaryCooperation"],
    binds: [a.saudiArabia, a.pakistan],
    symmetric: true,
    clauseSummary: "Comprehensive military cooperation.",
  });
  const nuclearAccess = g.add("Clause", "saudi-pakistan-pact-nuclear-access", {
    label: "Potential access to Pakistan's nuclear capabilities under the pact",
    agreement: pact,
    clauseTypes: ["NuclearDeterrence"],
    binds: [a.pakistan],
    beneficiaries: [a.saudiArabia],
    symmetric: false,
    clauseSummary: "Potential access to Pakistan's nuclear capabilities.",
    reviewNotes: ["The article does not say who gains access; Saudi Arabia, the pact's other party, is assumed."],
  });
  const nuclearCapability = g.add("Capability", "pakistan-nuclear-capability", {
    label: "Pakistan's nuclear capabilities",
    heldBy: a.pakistan,
    capabilityType: "NuclearCapability",
    contributedTo: [pact],
  });

  g.claim("saudi-pakistan-pact-established", {
    supports: [pact, saudiMembership, pakistanMembership, establishment],
    // What the quote itself states: the month the pact was established.
    says: [g.says(pact, { established: "2025-09" }), g.says(establishment, { date: "2025-09" }), g.says(saudiMembership, { startDate: "2025-09" }), g.says(pakistanMembership, { startDate: "2025-09" })],
    epistemicStatus: "Confirmed",
    attributedTo: [a.author],
    source,
    quote: "the bilateral security pact established between Riyadh and Islamabad in September 2025",
  });
  g.claim("turkey-interest-in-saudi-pakistan-pact", {
    supports: [turkeyBid],
    epistemicStatus: "Reported",
    attributedTo: [a.author],
    source,
    reportingVerb: "indicate",
    quote: "Recent diplomatic movements indicate Turkey’s interest in joining the bilateral security pact",
  });
  g.claim("saudi-pakistan-pact-mutual-defence", {
    supports: [mutualDefence],
    epistemicStatus: "Confirmed",
    attributedTo: [a.author],
    source,
    quote: "treats any aggression against one nation as aggression against both",
  });
  g.claim("saudi-pakistan-pact-military-cooperation", {
    supports: [militaryCooperation],
    epistemicStatus: "Confirmed",
    attributedTo: [a.author],
    source,
    quote: "encompasses comprehensive military cooperation",
  });
  g.claim("saudi-pakistan-pact-nuclear-access", {
    supports: [nuclearAccess, nuclearCapability],
    epistemicStatus: "Speculative",
    attributedTo: [a.author],
    source,
    hedges: ["potential"],
    quote: "including potential access to Pakistan’s nuclear capabilities",
  });
  return { pact };
}
