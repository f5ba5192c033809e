/** Options several commands share, defined once. */
import { Option } from "commander";

/** `--data <file...>`: RDF files to use instead of the project's built graph. */
export function dataOption(): Option {
  return new Option("-d, --data <files...>", "RDF files to load instead of the built graph (data/*.ttl, data/links/*.ttl)");
}

/** `--format <name>` for RDF input or output. */
export function rdfFormatOption(description: string): Option {
  return new Option("-f, --format <name>", description);
}
