// `npm run ontology`: writes ontology/ (the OWL ontology, the SHACL shapes, the shapes as the
// SHACL core reads them, the JSON-LD context) from the schema, through the compiled library. It is a step of developing pactgraph, not of
// building a corpus: the files ship in the package. The drift test (tests/schema/schema.test.ts)
// fails while the committed files differ from what the schema generates.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderOntologyFiles } from "../dist/build/render.js";
import { writeFileAtomically } from "../dist/io/index.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

for (const file of await renderOntologyFiles()) {
  const target = join(ROOT, file.path);
  let current;
  try {
    current = readFileSync(target, "utf8");
  } catch {
    current = undefined;
  }
  if (current === file.content) {
    console.log(`unchanged ${file.path}`);
    continue;
  }
  await writeFileAtomically(target, file.content);
  console.log(`written   ${file.path}`);
}
