/**
 * What surrounds an agreement in the news: meetings and state visits (past or planned, with
 * dates as precise as reported), capabilities members would bring, the aims it serves and
 * analysts' assessments of it.
 */
import type { PartialDate } from "../../src/index.js";
import type { AgreementFacts } from "./agreements.js";
import { monthName } from "./names.js";
import { randomDate, state, type Scene, type Supported } from "./scene.js";
import { headOf, pickState, type Named } from "./world.js";

const CAPABILITIES = {
  FinancialResources: "financial resources",
  MilitaryExperience: "combat experience",
  DefenceIndustry: "defence industry",
  NuclearCapability: "nuclear arsenal",
} as const;

/** Declares meetings, visits, capabilities, aims and assessments around the agreement. */
export function declareContext(scene: Scene, a: AgreementFacts, region: Named<"Region">): void {
  const { random } = scene;
  if (random.chance(0.35)) declareMeeting(scene, a);
  if (random.chance(0.2) && a.members.length >= 2) declareVisit(scene, a);
  if (random.chance(0.3)) declareCapability(scene, a);
  if (random.chance(0.45)) declareAim(scene, a, region);
  if (random.chance(0.4)) declareAssessment(scene, a, region);
}

function declareMeeting(scene: Scene, a: AgreementFacts): void {
  const { g, random, world, key } = scene;
  const planned = a.year >= 2024 && random.chance(0.6);
  const year = planned ? random.int(2025, 2026) : random.int(a.year, Math.max(a.year, 2024));
  const when = randomDate(random, year, { day: 2, month: 5, year: 1, monthOnly: 1 });
  const city = random.pick(world.cities);
  const host = a.members[0] ?? pickState(world, random);
  const meeting = g.add("Meeting", `${key}-meeting`, {
    label: `Defence ministers' meeting on ${a.name} in ${city}`,
    date: when.value,
    eventStatus: planned ? "Planned" : "Occurred",
    participants: a.members.map((m) => m.ref),
    hosts: [host.ref],
    concerns: [a.ref],
    agenda: random.sample(["joint exercises", "arms procurement", "intelligence sharing", "border security", "maritime patrols"], 2),
  });
  const text = planned
    ? `Defence ministers are expected to meet in ${city} ${when.text} to discuss ${a.name}`
    : `Defence ministers met in ${city} ${when.text} to discuss ${a.name}`;
  state(scene, text, planned ? { kind: "plan", state: host } : { kind: "fact" }, [meeting]);
}

function declareVisit(scene: Scene, a: AgreementFacts): void {
  const { g, random, world, key } = scene;
  const [guest, host] = random.sample(a.members, 2);
  if (!guest || !host) return;
  const head = headOf(g, world, guest);
  const year = random.int(Math.min(a.year, 2025), 2025);
  const month = random.int(1, 12);
  const date = `${year}-${String(month).padStart(2, "0")}` as PartialDate;
  const visit = g.add("Visit", `${key}-visit`, {
    label: `${head.name}'s visit to ${host.name}`,
    date,
    eventStatus: "Occurred",
    participants: [head.person, guest.ref],
    hosts: [host.ref],
    concerns: [a.ref],
  });
  const supports: Supported[] = [visit];
  let title = "";
  if (!head.role) {
    head.role = g.add("RoleAssignment", `${guest.slug}-head-of-state`, {
      label: `${head.name}, head of state of ${guest.name}`, holder: head.person, roleType: "HeadOfState", roleIn: guest.ref,
    });
    supports.push(head.role);
    title = `, the head of state of ${guest.name},`;
  }
  state(scene, `${head.name}${title} visited ${host.name} in ${monthName(month)} ${year} to promote ${a.name}`, { kind: "fact" }, supports);
  if (random.chance(0.5)) {
    const talks = g.add("Meeting", `${key}-visit-talks`, {
      label: `Talks during ${head.name}'s visit to ${host.name}`,
      date,
      eventStatus: "Occurred",
      participants: [head.person, host.ref],
      partOf: visit,
    });
    state(scene, `During the visit, ${head.name} held talks with ${host.name}'s leadership`, { kind: "fact" }, [talks]);
  }
}

function declareCapability(scene: Scene, a: AgreementFacts): void {
  const { g, random, key } = scene;
  const holder = random.pick(a.members);
  const type = random.weighted({ FinancialResources: 3, MilitaryExperience: 3, DefenceIndustry: 3, NuclearCapability: 1 });
  const capability = g.add("Capability", `${key}-${holder.slug}-${type.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase()}`, {
    label: `${holder.name}'s ${CAPABILITIES[type]}`,
    heldBy: holder.ref,
    capabilityType: type,
    ...(random.chance(0.9) ? { contributedTo: [a.ref] } : {}),
  });
  state(scene, `${holder.name}'s ${CAPABILITIES[type]} would strengthen ${a.name}`, { kind: "assessment", hedges: ["would"] }, [capability]);
}

function declareAim(scene: Scene, a: AgreementFacts, region: Named<"Region">): void {
  const { g, random, world, key } = scene;
  const aimType = random.weighted({ Counter: 4, Stabilise: 3, Address: 1, Independence: 1, Realignment: 1 });
  const threat = random.pick(world.nonStateActors);
  const organisation = random.pick(world.organisations);
  const concerned = pickState(world, random);
  const [purpose, targets] =
    aimType === "Counter" ? [`to counter ${threat.name} in the ${region.name}`, [threat.ref]]
    : aimType === "Stabilise" ? [`to stabilise the ${region.name}`, [region.ref]]
    : aimType === "Address" ? [`to address ${concerned.name}'s security concerns`, [concerned.ref]]
    : aimType === "Independence" ? [`to reduce the parties' reliance on ${organisation.name}`, [organisation.ref]]
    : [`to realign security in the ${region.name}`, [region.ref]];
  const aim = g.add("Aim", `${key}-aim`, {
    label: `${a.name}: ${purpose.replace(/^to /, "")}`,
    agreement: a.ref,
    aimType,
    aimTargets: targets,
    ...(random.chance(0.5) ? { appliesIn: [region.ref] } : {}),
  });
  state(scene, `${a.name} is meant ${purpose}`, random.chance(0.5) ? { kind: "fact" } : { kind: "report" }, [aim]);
}

function declareAssessment(scene: Scene, a: AgreementFacts, region: Named<"Region">): void {
  const { g, random, key } = scene;
  const hedged = random.chance(0.5);
  const subject = a.members[0];
  const assessment = g.add("Assessment", `${key}-assessment`, {
    label: hedged ? `${a.name} could shift the balance of power in the ${region.name}` : `${a.name} has made the ${region.name} more stable`,
    subjects: subject ? [a.ref, subject.ref] : [a.ref],
    appliesIn: [region.ref],
  });
  if (hedged) {
    state(scene, `${a.name} could shift the balance of power in the ${region.name}`, { kind: "speculation", hedges: ["could"] }, [assessment]);
  } else {
    state(scene, `${a.name} has made the ${region.name} more stable`, { kind: "assessment" }, [assessment]);
  }
}
