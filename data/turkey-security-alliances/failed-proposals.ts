/** The failed regional security proposals the initiative follows (paragraph 7). */
import type { GraphBuilder, Ref } from "../../src/index.js";
import type { Actors } from "./actors.js";

export function declareFailedProposals(g: GraphBuilder, a: Actors, source: Ref<"SourceDocument">) {
  const arabForce = g.add("ProposedFramework", "egypt-arab-defence-force", {
    label: "Egypt's NATO-modelled Arab defence force",
    status: "Blocked",
    scope: "Multilateral",
    proposedBy: [a.egypt],
    blockedBy: [a.gulfNations],
    modelledOn: [a.nato],
  });
  const proposal = g.add("Proposal", "egypt-arab-defence-force-proposal", {
    label: "Egypt proposes an Arab defence force",
    eventStatus: "Occurred",
    participants: [a.egypt],
    concerns: [arabForce],
    reviewNotes: ["The article gives no date for the proposal."],
  });
  const blocking = g.add("Blocking", "egypt-arab-defence-force-blocked", {
    label: "Gulf nations block the Arab defence force",
    date: "--09",
    eventStatus: "Occurred",
    participants: [a.gulfNations],
    concerns: [arabForce],
    reviewNotes: ["The article says 'in September' without a year."],
  });

  const coalition = g.add("Coalition", "turkey-anti-isis-coalition", {
    label: "Turkey's proposed anti-ISIS coalition",
    status: "Failed",
    scope: "Multilateral",
    proposedBy: [a.turkey],
  });
  const effort = g.add("Proposal", "turkey-anti-isis-coalition-effort", {
    label: "Turkey's effort to establish an anti-ISIS coalition",
    eventStatus: "Occurred",
    participants: [a.turkey],
    concerns: [coalition],
    reviewNotes: ["The article says 'earlier' and gives no date."],
  });
  const counterIsis = g.add("Aim", "turkey-anti-isis-coalition-aim", {
    label: "Counter ISIS",
    agreement: coalition,
    aimType: "Counter",
    aimTargets: [a.isis],
  });
  const prospects = (
    [
      [a.turkey, "Turkey", "Proposer"],
      [a.iraq, "Iraq", "ProspectiveFoundingMember"],
      [a.syria, "Syria", "ProspectiveFoundingMember"],
      [a.jordan, "Jordan", "ProspectiveFoundingMember"],
      [a.lebanon, "Lebanon", "ProspectiveFoundingMember"],
    ] as const
  ).map(([party, name, role]) =>
    g.add("Membership", `${party.slug}-in-turkey-anti-isis-coalition`, {
      label: `${name} in the proposed anti-ISIS coalition`,
      member: party,
      agreement: coalition,
      role,
      membershipStatus: "NotRealised",
    }),
  );

  g.claim("initiative-follows-failed-proposals", {
    supports: [arabForce, coalition],
    epistemicStatus: "Confirmed",
    attributedTo: [a.author],
    source,
    quote: "This initiative follows several failed regional security proposals",
  });
  g.claim("arab-defence-force-blocked", {
    supports: [arabForce, proposal, blocking],
    says: [g.says(arabForce, { status: "Blocked", blockedBy: [a.gulfNations] }), g.says(blocking, { date: "--09" })],
    epistemicStatus: "Confirmed",
    attributedTo: [a.author],
    source,
    quote: "Egypt’s NATO-modeled Arab defense force—blocked by Gulf nations in September",
  });
  g.claim("turkey-anti-isis-coalition-effort", {
    supports: [coalition, effort, counterIsis, ...prospects],
    epistemicStatus: "Confirmed",
    attributedTo: [a.author],
    source,
    quote: "Turkey’s earlier effort to establish an anti-ISIS coalition with Iraq, Syria, Jordan, and Lebanon",
  });
}
