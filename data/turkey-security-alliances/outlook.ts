/** The wider picture: rising tensions and the analysts' view of a new regional architecture (headline, paragraph 8). */
import type { GraphBuilder, Ref } from "../../src/index.js";
import type { Actors } from "./actors.js";

export function declareOutlook(g: GraphBuilder, a: Actors, source: Ref<"SourceDocument">, framework: Ref<"ProposedFramework">) {
  const tensions = g.add("Assessment", "regional-tensions-rising", {
    label: "Regional tensions are rising",
    subjects: [a.middleEast],
    reviewNotes: ["The headline says 'regional'; the region is taken to be the Middle East."],
  });
  const responsibilities = g.add("Assessment", "medium-powers-assume-security-responsibilities", {
    label: "Medium-sized regional powers are increasingly assuming security responsibilities",
    subjects: [a.mediumPowers],
  });
  const washington = g.add("Assessment", "alignment-with-washington-interest", {
    label: "This may align with Washington's interest in reducing direct military engagement in the Middle East",
    subjects: [a.mediumPowers, a.unitedStates],
    appliesIn: [a.middleEast],
  });
  const shift = g.add("Assessment", "shift-toward-regional-solutions", {
    label: "The emerging security architecture is a fundamental shift toward regional solutions for regional challenges",
    subjects: [framework],
  });
  const balance = g.add("Assessment", "new-balance-of-power", {
    label: "The architecture may create a new balance of power independent of Western and Iranian influence",
    subjects: [framework, a.iran],
  });

  g.claim("regional-tensions-rise", {
    supports: [tensions],
    epistemicStatus: "Confirmed",
    attributedTo: [a.author],
    source,
    quote: "as regional tensions rise",
  });
  g.claim("medium-powers-assume-responsibilities", {
    supports: [responsibilities],
    epistemicStatus: "AnalystAssessment",
    attributedTo: [a.temiz],
    source,
    reportingVerb: "observes",
    quote: "medium-sized regional powers are increasingly assuming security responsibilities",
  });
  g.claim("potentially-aligning-with-washington", {
    supports: [washington],
    epistemicStatus: "Speculative",
    attributedTo: [a.temiz],
    source,
    reportingVerb: "observes",
    hedges: ["potentially"],
    quote: "potentially aligning with Washington’s interest in reducing direct military engagement in the Middle East",
  });
  g.claim("architecture-represents-shift", {
    supports: [shift],
    epistemicStatus: "AnalystAssessment",
    attributedTo: [a.author],
    source,
    quote: "This emerging security architecture represents a fundamental shift toward regional solutions for regional challenges",
    reviewNotes: ["An unattributed sentence; it may continue Kadir Temiz's observation."],
  });
  g.claim("potentially-new-balance-of-power", {
    supports: [balance],
    epistemicStatus: "Speculative",
    attributedTo: [a.author],
    source,
    hedges: ["potentially"],
    quote: "potentially creating a new balance of power independent of both Western and Iranian influence",
    reviewNotes: ["An unattributed sentence; it may continue Kadir Temiz's observation."],
  });
}
