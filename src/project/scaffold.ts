/**
 * The files `pactgraph init` writes: a corpus project the user owns. The example module and its
 * source text are fictional (Ruritania and Freedonia) and say so, so nothing in a new project is
 * mistaken for a fact about the world.
 */
import { CONFIG_FILE } from "./find.js";

export interface ScaffoldFile {
  readonly path: string;
  readonly content: string;
}

const EXAMPLE_TEXT = `Example source (fictional, written for the pactgraph project template)

Ruritania and Freedonia signed a mutual defence treaty in May 2024. It entered into force in June 2024. Each party pledges to treat an attack on the other as an attack on itself. Officials in both capitals say Graustark may join the treaty later.
`;

const EXAMPLE_MODULE = `/**
 * An example DSL module: one (fictional) source, its parties, an agreement, memberships and a
 * clause, each resting on a claim with the exact quote. \`pactgraph build\` turns it into
 * data/example.ttl. Replace it with your own sources and statements.
 */
import { createGraph } from "pactgraph";

export const graph = createGraph();

const source = graph.source("example-source", {
  title: "Example source (fictional)",
  sourceKind: "NewsArticle",
  textFile: "data/sources/example.txt",
  language: "en",
  notGiven: ["Publisher", "PublicationDate", "SourceUrl"], // the text does not say; never guess
});
const author = graph.add("SourceAuthor", "example-source-author", { label: "Author of the example source", authorOf: source });

const ruritania = graph.add("State", "ruritania", { label: "Ruritania" });
const freedonia = graph.add("State", "freedonia", { label: "Freedonia" });
const graustark = graph.add("State", "graustark", { label: "Graustark" });

const treaty = graph.add("MutualDefencePact", "ruritania-freedonia-treaty", {
  label: "Ruritanian–Freedonian mutual defence treaty",
  status: "InForce",
  scope: "Bilateral",
  signed: "2024-05", // month precision, as in the source
  inForce: "2024-06",
});
const members = [ruritania, freedonia].map((party) =>
  graph.add("Membership", \`\${party.slug}-in-ruritania-freedonia-treaty\`, {
    label: \`\${party.slug === "ruritania" ? "Ruritania" : "Freedonia"} in the treaty\`,
    member: party,
    agreement: treaty,
    role: "FoundingMember",
    membershipStatus: "Active",
  }),
);
const graustarkBid = graph.add("Membership", "graustark-in-ruritania-freedonia-treaty", {
  label: "Graustark's possible accession to the treaty",
  member: graustark,
  agreement: treaty,
  role: "ProspectiveMember",
  membershipStatus: "Envisioned",
});
const defence = graph.add("Clause", "ruritania-freedonia-treaty-mutual-defence", {
  label: "Mutual defence clause",
  agreement: treaty,
  clauseTypes: ["Defence"],
  binds: [ruritania, freedonia],
  symmetric: true,
});

graph.claim("treaty-signed", {
  supports: [treaty, ...members],
  epistemicStatus: "Confirmed",
  attributedTo: [author],
  source,
  quote: "Ruritania and Freedonia signed a mutual defence treaty in May 2024",
});
graph.claim("treaty-in-force", {
  supports: [treaty],
  epistemicStatus: "Confirmed",
  attributedTo: [author],
  source,
  quote: "It entered into force in June 2024",
});
graph.claim("treaty-mutual-defence", {
  supports: [defence],
  epistemicStatus: "Confirmed",
  attributedTo: [author],
  source,
  quote: "treat an attack on the other as an attack on itself",
});
graph.claim("graustark-may-join", {
  supports: [graustarkBid],
  epistemicStatus: "Speculative",
  attributedTo: [author],
  source,
  hedges: ["may"],
  quote: "Graustark may join the treaty later",
});
`;

const EXAMPLE_QUERY = `# title: Parties and the agreements they belong to
# description: Every membership in the graph: the party, the agreement, its role and status.
#   An example of a project query; add your own .rq files to this folder.
# returns: bindings (party, agreement, role, status)
PREFIX pact: <https://w3id.org/pactgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

SELECT ?party ?agreement ?role ?status WHERE {
  ?membership a pact:Membership ;
    pact:member/rdfs:label ?party ;
    pact:agreement/rdfs:label ?agreement ;
    pact:membershipRole ?roleConcept ;
    pact:membershipStatus ?statusConcept .
  # Roles and statuses are SKOS concepts of the ontology; their local names read well on their own.
  BIND(STRAFTER(STR(?roleConcept), "#") AS ?role)
  BIND(STRAFTER(STR(?statusConcept), "#") AS ?status)
}
ORDER BY ?agreement ?party
`;

function readme(name: string): string {
  return `# ${name}

A corpus of security agreements modelled with [pactgraph](https://www.npmjs.com/package/pactgraph).

\`\`\`sh
npx pactgraph build                      # data/*.ts → data/*.ttl
npx pactgraph query project-memberships  # a saved query from queries/ (pactgraph queries lists them all)
\`\`\`

- \`data/*.ts\` are DSL modules; \`data/sources/\` holds the texts their quotes come from.
- \`queries/*.rq\` are this project's saved queries, next to pactgraph's own library.
- \`npx pactgraph validate\` checks the built graph against the SHACL shapes and the source texts.
`;
}

/** The files of a new project called `name`, depending on pactgraph `version`. */
export function scaffoldFiles(name: string, version: string): ScaffoldFile[] {
  const manifest = {
    name,
    private: true,
    type: "module",
    scripts: { build: "pactgraph build", validate: "pactgraph validate", report: "pactgraph report" },
    dependencies: { pactgraph: `^${version}` },
  };
  const tsconfig = {
    compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: false },
    include: ["data"],
  };
  return [
    { path: "package.json", content: `${JSON.stringify(manifest, null, 2)}\n` },
    { path: CONFIG_FILE, content: `${JSON.stringify({ data: "data", queries: "queries" }, null, 2)}\n` },
    { path: "tsconfig.json", content: `${JSON.stringify(tsconfig, null, 2)}\n` },
    { path: ".gitignore", content: "node_modules/\n.cache/\n" },
    { path: "README.md", content: readme(name) },
    { path: "data/example.ts", content: EXAMPLE_MODULE },
    { path: "data/sources/example.txt", content: EXAMPLE_TEXT },
    { path: "queries/project-memberships.rq", content: EXAMPLE_QUERY },
  ];
}
