/**
 * The shared cast of a generated graph: states, regions, organisations, analysts and unnamed
 * voices that many agreements and documents refer to. Its size grows with the number of
 * agreements, more slowly, as in real alliance data (hundreds of states, thousands of treaties).
 */
import type { GraphBuilder, Ref, WikidataId } from "../../src/index.js";
import { NameMaker } from "./names.js";
import { PopularityPicker, type Random } from "./random.js";

/** An entity of the world and the name sentences call it by. */
export interface Named<C extends Ref["className"]> {
  readonly ref: Ref<C>;
  readonly name: string;
}

export interface StateEntry extends Named<"State"> {
  readonly slug: string;
  /** The head of state, declared the first time a sentence mentions them. */
  head?: { readonly person: Ref<"Person">; readonly name: string; role?: Ref<"RoleAssignment"> };
  /** "<State> officials", declared on first use. */
  officials?: Ref<"UnnamedSourceGroup">;
}

export interface Analyst extends Named<"Person"> {
  readonly slug: string;
  readonly thinkTank: Named<"ThinkTank">;
  /** The analyst role, declared (and supported) by the first document that quotes them. */
  role?: Ref<"RoleAssignment">;
}

export interface World {
  readonly states: StateEntry[];
  /** Popularity of states by index: a few regional powers join many agreements. */
  readonly statePicker: PopularityPicker;
  /**
   * Regional blocs of about {@link BLOC_SIZE} states (indices into `states`, most popular first).
   * Most agreements are made within one bloc, as real alliances are regional; this keeps the
   * defence network of a state the same size whatever the size of the graph.
   */
  readonly blocs: readonly (readonly number[])[];
  readonly blocPicker: PopularityPicker;
  readonly regions: Named<"Region">[];
  readonly cities: string[];
  readonly nonStateActors: Named<"NonStateActor">[];
  readonly organisations: Named<"IntergovernmentalOrganization">[];
  readonly groups: Named<"GroupOfStates">[];
  readonly analysts: Analyst[];
  readonly unnamedVoices: Named<"UnnamedSourceGroup">[];
  readonly names: NameMaker;
  /** Next synthetic Wikidata number; see {@link syntheticWikidataId}. */
  nextWikidata: number;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(value)));

/** States per regional bloc. */
export const BLOC_SIZE = 16;
/** Chance that an agreement takes one member from outside its bloc. */
const OUTSIDER = 0.1;

/** Number of states in a world for about `agreements` agreements. */
export function stateCountFor(agreements: number): number {
  return clamp(agreements / 4, 24, 1500);
}

/**
 * A clearly synthetic Wikidata item ID (Q900000000 and up) for generated benchmark data only,
 * which is never committed; no real entity is given one.
 */
export function syntheticWikidataId(world: World): WikidataId {
  world.nextWikidata += 1;
  return `Q${900_000_000 + world.nextWikidata}`;
}

/** Declares the world for a graph of about `agreements` agreements. */
export function declareWorld(g: GraphBuilder, random: Random, agreements: number): World {
  const stateCount = stateCountFor(agreements);
  const names = new NameMaker(random);
  // Bloc b holds states b, b + n, b + 2n…: every bloc gets some globally popular states.
  const blocCount = Math.max(1, Math.round(stateCount / BLOC_SIZE));
  const blocs = Array.from({ length: blocCount }, (_, b) => Array.from({ length: stateCount }, (_, i) => i).filter((i) => i % blocCount === b));
  const world: World = {
    states: [],
    statePicker: new PopularityPicker(stateCount),
    blocs,
    blocPicker: new PopularityPicker(Math.ceil(stateCount / blocCount)),
    regions: [],
    cities: [],
    nonStateActors: [],
    organisations: [],
    groups: [],
    analysts: [],
    unnamedVoices: [],
    names,
    nextWikidata: 0,
  };
  const linked = (p: number): { wikidata?: WikidataId } => (random.chance(p) ? { wikidata: syntheticWikidataId(world) } : {});

  for (let i = 0; i < stateCount; i++) {
    const name = names.state();
    const ref = g.add("State", name.slug, { label: name.label, cowCode: 1000 + i, ...linked(0.85) });
    world.states.push({ ref, name: name.label, slug: name.slug });
  }
  const regionKinds = ["{} Sea", "Gulf of {}", "{} Strait", "{} Basin", "Northern {}", "{} Highlands", "{} Coast"];
  for (let i = 0, n = clamp(stateCount / 6, 8, 250); i < n; i++) {
    const name = names.word(2, 3);
    const label = random.pick(regionKinds).replace("{}", name.label);
    world.regions.push({ ref: g.add("Region", `${name.slug}-region`, { label, ...linked(0.6) }), name: label });
  }
  for (let i = 0, n = clamp(stateCount / 2, 20, 600); i < n; i++) world.cities.push(names.city().label);
  const armedGroups = ["{} Liberation Front", "{} Brigades", "{} Resistance Network", "{} Militia", "Army of {}"];
  for (let i = 0, n = clamp(stateCount / 8, 4, 200); i < n; i++) {
    const name = names.word(2, 3);
    const label = random.pick(armedGroups).replace("{}", name.label);
    const backers = random.chance(0.5) ? { associatedWith: [pickState(world, random).ref] } : {};
    world.nonStateActors.push({ ref: g.add("NonStateActor", `${name.slug}-group`, { label, ...backers, ...linked(0.3) }), name: `the ${label}` });
  }
  for (let i = 0, n = clamp(stateCount / 10, 3, 120); i < n; i++) {
    const name = names.word(2, 3);
    const label = `${name.label} Defence Organisation`;
    world.organisations.push({ ref: g.add("IntergovernmentalOrganization", `${name.slug}-defence-organisation`, { label, ...linked(0.9) }), name: `the ${label}` });
  }
  for (let i = 0, n = clamp(stateCount / 10, 3, 120); i < n; i++) {
    const region = random.pick(world.regions);
    const members = random.sample(world.states, random.int(3, 8)).map((s) => s.ref);
    const label = `${region.name} states (${i + 1})`;
    world.groups.push({ ref: g.add("GroupOfStates", `region-group-${i + 1}`, { label, includes: members }), name: `the ${region.name} states` });
  }
  const tankKinds = ["{} Institute for Strategic Studies", "Centre for {} Security Policy", "{} Defence Forum", "{} Foundation"];
  for (let i = 0, n = clamp(stateCount / 5, 4, 300); i < n; i++) {
    const name = names.word(2, 3);
    const label = random.pick(tankKinds).replace("{}", name.label);
    const thinkTank = { ref: g.add("ThinkTank", `${name.slug}-institute`, { label, ...linked(0.5) }), name: `the ${label}` };
    for (let j = 0; j < 2; j++) {
      const person = names.person();
      const honorific = random.chance(0.3) ? { honorific: "Dr." } : {};
      const ref = g.add("Person", person.slug, { label: person.label, ...honorific, ...linked(0.4) });
      world.analysts.push({ ref, name: person.label, slug: person.slug, thinkTank });
    }
  }
  const voices = [
    "Officials familiar with the matter",
    "Diplomatic sources",
    "Defence officials (unnamed)",
    "Analysts (unnamed)",
    "Regional security experts",
    "People briefed on the talks",
  ];
  for (const [i, label] of voices.entries()) {
    world.unnamedVoices.push({ ref: g.add("UnnamedSourceGroup", `unnamed-voice-${i + 1}`, { label }), name: label.replace(/ \(unnamed\)$/, "").toLowerCase() });
  }
  return world;
}

/** A state, regional powers more often than small states. */
export function pickState(world: World, random: Random): StateEntry {
  return world.states[world.statePicker.pick(random)] as StateEntry;
}

/** The index of `state` in its bloc's list and the bloc, for the focal state of the queries. */
export function blocMember(world: World, bloc: number, rank: number): StateEntry {
  const members = world.blocs[bloc % world.blocs.length] ?? [];
  return world.states[members[Math.min(rank, members.length - 1)] ?? 0] as StateEntry;
}

/** `count` distinct states of one bloc, drawn by popularity, sometimes with one outsider. */
export function pickStates(world: World, random: Random, count: number): StateEntry[] {
  const bloc = random.pick(world.blocs);
  const ranks = world.blocPicker.pickDistinct(random, Math.min(count, bloc.length)).filter((r) => r < bloc.length);
  const chosen = ranks.map((r) => world.states[bloc[r] as number] as StateEntry);
  if (chosen.length > 1 && random.chance(OUTSIDER)) {
    const outsider = pickState(world, random);
    if (!chosen.includes(outsider)) chosen[chosen.length - 1] = outsider;
  }
  return chosen;
}

/** The head of a state, declared on first use. */
export function headOf(g: GraphBuilder, world: World, state: StateEntry): NonNullable<StateEntry["head"]> {
  if (state.head) return state.head;
  const name = world.names.person();
  state.head = { person: g.add("Person", name.slug, { label: name.label }), name: name.label };
  return state.head;
}
