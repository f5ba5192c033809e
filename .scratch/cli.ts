import { copyFileSync } from "node:fs";
import { runCli } from "../tests/helpers/cli.js";
import { startFixtureEndpoint, STATEMENTS_TTL, FEDERATION_ENTITIES_TTL } from "../tests/link/helpers/endpoint.js";
import { createTempProject, COMMITTED_LINKS } from "../tests/link/helpers/temp-project.js";
const ep = await startFixtureEndpoint([STATEMENTS_TTL]);
const p = createTempProject({ overrides: "committed", extraData: [FEDERATION_ENTITIES_TTL] });
copyFileSync(COMMITTED_LINKS, p.linksFile);
for (const args of process.argv.slice(2).map((a) => a.split(" "))) {
  const before = ep.requests();
  const r = await runCli(args.map((a) => a.replace("EP", ep.url)), { cwd: p.root });
  console.log(`$ ${args.join(" ")} → ${r.status}, ${ep.requests() - before} requests\n${r.stdout}${r.stderr}`);
}
p.remove(); await ep.close();
