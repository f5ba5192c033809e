// Copies YASGUI's built browser bundle (@zazuko/yasgui, a dev dependency) into dist/vendor/yasgui/,
// which the package ships: `pactgraph serve` serves it at /assets/yasgui/ for its query page, so
// the page needs no CDN and works offline. Source-map comments are dropped (the maps stay out).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const manifestPath = require.resolve("@zazuko/yasgui/package.json");
const build = join(dirname(manifestPath), "build");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const target = "dist/vendor/yasgui";
mkdirSync(target, { recursive: true });
for (const file of ["yasgui.min.js", "yasgui.min.css"]) {
  const text = readFileSync(join(build, file), "utf8").replace(/\n?\/[/*]# sourceMappingURL=[^\n]*$/, "\n");
  writeFileSync(join(target, file), text);
}
writeFileSync(
  join(target, "LICENSE.txt"),
  `${manifest.name}@${manifest.version} (${manifest.license}), ${manifest.homepage ?? "https://github.com/zazuko/Yasgui"}\n` +
    "YASGUI, the SPARQL query editor and result viewer of pactgraph serve's query page, bundled with its dependencies by its authors.\n",
);
