/** Everyone and everywhere the article names: states, organisations, people, regions, voices. */
import type { GraphBuilder, Ref } from "../../src/index.js";

/** Declares the actors, regions and unnamed voices of the article and returns their references. */
export function declareActors(g: GraphBuilder, article: Ref<"SourceDocument">) {
  const author = g.add("SourceAuthor", "turkey-security-alliances-author", {
    label: "Author of “Turkey hunts for new security alliances as regional tensions rise” (not named)",
    authorOf: article,
  });

  // ── States (Correlates of War codes) ───────────────────────────────────────────────────────────
  // The codes come from the COW state system list, not from the article: each state says so.
  const cow = ["Correlates of War state code from the COW state system list, not from the article."];
  const state = (slug: string, label: string, cowCode: number) => g.add("State", slug, { label, cowCode, reviewNotes: cow });
  const turkey = state("turkey", "Turkey", 640);
  const saudiArabia = state("saudi-arabia", "Saudi Arabia", 670);
  const pakistan = state("pakistan", "Pakistan", 770);
  const uae = state("united-arab-emirates", "United Arab Emirates", 696);
  const egypt = state("egypt", "Egypt", 651);
  const iraq = state("iraq", "Iraq", 645);
  const syria = state("syria", "Syria", 652);
  const jordan = state("jordan", "Jordan", 663);
  const lebanon = state("lebanon", "Lebanon", 660);
  const iran = state("iran", "Iran", 630);
  const israel = state("israel", "Israel", 666);
  const unitedStates = state("united-states", "United States", 2);

  // ── Other parties, organisations, people, regions ──────────────────────────────────────────────
  const nato = g.add("IntergovernmentalOrganization", "nato", { label: "NATO" });
  const gulfNations = g.add("GroupOfStates", "gulf-nations", {
    label: "Gulf nations",
    includes: [saudiArabia, uae],
    comment: "The article names Saudi Arabia and the United Arab Emirates among them, not all of them.",
  });
  const otherRegionalActors = g.add("GroupOfStates", "other-regional-actors", { label: "Other regional actors" });
  const mediumPowers = g.add("GroupOfStates", "medium-sized-regional-powers", { label: "Medium-sized regional powers" });
  const isis = g.add("NonStateActor", "isis", { label: "ISIS" });
  const iranianProxies = g.add("NonStateActor", "iranian-proxy-networks", {
    label: "Iranian proxy networks",
    associatedWith: [iran],
    reviewNotes: ["The tie to Iran is read from the article's name for them, 'Iranian proxy networks'."],
  });

  const ecfr = g.add("ThinkTank", "european-council-on-foreign-relations", { label: "European Council on Foreign Relations" });
  const seta = g.add("ThinkTank", "seta-foundation", { label: "SETA Foundation" });
  const cmes = g.add("ThinkTank", "center-for-middle-eastern-studies", { label: "Center for Middle Eastern Studies" });

  const erdogan = g.add("Person", "recep-tayyip-erdogan", { label: "Recep Tayyip Erdoğan" });
  const mbs = g.add("Person", "mohammed-bin-salman", { label: "Mohammed bin Salman" });
  const bianco = g.add("Person", "cinzia-bianco", { label: "Cinzia Bianco", honorific: "Dr.", reviewNotes: ["The article calls her 'Dr. Cinzia Bianco'."] });
  const yesiltas = g.add("Person", "murat-yesiltas", { label: "Murat Yeşiltaş" });
  const temiz = g.add("Person", "kadir-temiz", { label: "Kadir Temiz" });

  const mena = g.add("Region", "mena", { label: "MENA", comment: "Middle East and North Africa." });
  const redSea = g.add("Region", "red-sea", { label: "Red Sea" });
  const middleEast = g.add("Region", "middle-east", { label: "Middle East" });

  const familiarSources = g.add("UnnamedSourceGroup", "sources-and-analysts-familiar-with-the-matter", {
    label: "Sources and analysts familiar with the matter",
  });
  const turkishSources = g.add("UnnamedSourceGroup", "turkish-sources", {
    label: "Multiple Turkish sources",
    affiliatedWith: [turkey],
  });
  const analysts = g.add("UnnamedSourceGroup", "analysts", { label: "Analysts (unnamed)" });
  const regionalExperts = g.add("UnnamedSourceGroup", "regional-security-experts", {
    label: "Regional security experts",
    includesPerson: [yesiltas],
  });

  return {
    author,
    ...{ turkey, saudiArabia, pakistan, uae, egypt, iraq, syria, jordan, lebanon, iran, israel, unitedStates },
    ...{ nato, gulfNations, otherRegionalActors, mediumPowers, isis, iranianProxies, ecfr, seta, cmes },
    ...{ erdogan, mbs, bianco, yesiltas, temiz, mena, redSea, middleEast },
    ...{ familiarSources, turkishSources, analysts, regionalExperts },
  };
}

/** The references {@link declareActors} returns. */
export type Actors = ReturnType<typeof declareActors>;
