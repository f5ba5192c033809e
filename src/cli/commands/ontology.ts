/** `pactgraph ontology [dir]`: copy the package's ontology, shapes and context next to the user's data. */
import { Command } from "commander";
import { mkdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { IoError } from "../../errors.js";
import type { CommandContext } from "../context.js";

export function ontologyCommand(context: CommandContext): Command {
  return new Command("ontology")
    .summary("copy the OWL ontology, SHACL shapes and JSON-LD context into a folder")
    .description(
      "Writes the installed package's ontology/pactgraph.ttl (OWL 2), ontology/shapes.ttl (SHACL) and\n" +
        "ontology/context.jsonld into <dir> (default ./ontology), for tools that want them beside the data.\n" +
        "Commands never need the copies: they use the package's own files. Existing files that differ are\n" +
        "kept unless --force is given.",
    )
    .argument("[dir]", "folder to write into", "ontology")
    .option("--force", "replace files that differ")
    .addHelpText("after", "\nExamples:\n  pactgraph ontology\n  pactgraph ontology vocab/ --force")
    .action(async (dir: string, options: { force?: boolean }) => {
      const [{ PACKAGE_ONTOLOGY }, { writeFileAtomically }] = await Promise.all([import("../../project/index.js"), import("../../io/index.js")]);
      const target = context.path(dir);
      const info = await stat(target).catch(() => undefined);
      if (info && !info.isDirectory()) throw new IoError(`cannot write into ${dir}: it is not a folder`, dir);
      await mkdir(target, { recursive: true });
      for (const source of Object.values(PACKAGE_ONTOLOGY)) {
        const file = join(target, basename(source));
        const content = await readFile(source, "utf8");
        const current = await readFile(file, "utf8").catch(() => undefined);
        if (current === content) context.out(`unchanged ${join(dir, basename(source))}`);
        else if (current !== undefined && !options.force) context.warn(`kept ${join(dir, basename(source))}, which differs from the package's; pass --force to replace it`);
        else {
          await writeFileAtomically(file, content);
          context.out(`written   ${join(dir, basename(source))}`);
        }
      }
    });
}
