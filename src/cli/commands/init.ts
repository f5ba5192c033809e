/** `pactgraph init [dir]`: scaffold a corpus project the user owns. */
import { Command } from "commander";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { IoError, UsageError } from "../../errors.js";
import type { CommandContext } from "../context.js";

export function initCommand(context: CommandContext): Command {
  return new Command("init")
    .summary("start a corpus project: package.json, data/ with an example module, queries/")
    .description(
      "Writes a project of your own into <dir> (default: the current folder): package.json depending on\n" +
        "pactgraph, pactgraph.config.json, tsconfig.json, data/example.ts with its source text, queries/\n" +
        "with an example saved query, .gitignore and a README. Existing files are never overwritten: an\n" +
        "existing package.json is kept, and any other file already there stops init before it writes anything.",
    )
    .argument("[dir]", "folder of the new project", ".")
    .addHelpText("after", "\nExamples:\n  pactgraph init my-corpus && cd my-corpus && npm install && npx pactgraph build\n  npm install pactgraph && npx pactgraph init   # in the current folder")
    .action(async (dir: string) => {
      const [{ scaffoldFiles, packageVersion }] = await Promise.all([import("../../project/index.js")]);
      const root = context.path(dir);
      const info = await stat(root).catch(() => undefined);
      if (info && !info.isDirectory()) throw new IoError(`cannot create a project in ${dir}: it is a file`, dir);
      const name = basename(root).toLowerCase().replace(/[^a-z0-9-~._]+/g, "-").replace(/^[-.]+|-+$/g, "") || "my-corpus";
      const files = scaffoldFiles(name, packageVersion());
      const existing: string[] = [];
      for (const file of files) if (await stat(join(root, file.path)).catch(() => undefined)) existing.push(file.path);
      const clashes = existing.filter((path) => path !== "package.json");
      if (clashes.length > 0) {
        throw new UsageError(`${dir} already has ${clashes.join(", ")}; init writes nothing over existing files (move them, or init another folder)`);
      }
      if (existing.includes("package.json")) await checkManifest(context, join(root, "package.json"));
      for (const file of files) {
        if (existing.includes(file.path)) {
          context.out(`kept     ${file.path}`);
          continue;
        }
        const target = join(root, file.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.content, { flag: "wx" }); // wx: never replace a file that appeared meanwhile
        context.out(`created  ${file.path}`);
      }
      const cd = relative(context.io.cwd, root);
      context.out(`\nNext:${cd ? `\n  cd ${cd}` : ""}${existing.includes("package.json") ? "" : "\n  npm install"}\n  npx pactgraph build\n  npx pactgraph query project-memberships`);
    });
}

/** An existing package.json stays as it is; say so when it does not depend on pactgraph. */
async function checkManifest(context: CommandContext, path: string): Promise<void> {
  const text = await readFile(path, "utf8");
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    context.warn(`kept ${path}, which is not valid JSON; fix it, then run npm install pactgraph`);
    return;
  }
  const depends = ["dependencies", "devDependencies"].some((key) => {
    const value = typeof manifest === "object" && manifest !== null ? (manifest as Record<string, unknown>)[key] : undefined;
    return typeof value === "object" && value !== null && "pactgraph" in value;
  });
  if (!depends) context.warn(`kept ${path}, which does not depend on pactgraph yet; run npm install pactgraph`);
}
