/**
 * Our Turtle must read the same in parsers that share no code with n3: rapper (Raptor, from
 * Debian's raptor2-utils) and RDFLib (Debian's python3-rdflib). `.ci/run` installs both.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTurtleFile, ROOT } from "../helpers/project.js";

const FILES = ["data/turkey-security-alliances.ttl", "ontology/pactgraph.ttl", "ontology/shapes.ttl"];

function rapperCount(path: string): number {
  // rapper prints the count on stderr ("rapper: Parsing returned N triples").
  const { stderr, status } = spawnSync("rapper", ["-i", "turtle", "-c", path], { encoding: "utf8" });
  const match = /returned (\d+) triples/.exec(stderr);
  if (status !== 0 || !match) throw new Error(`rapper failed (is raptor2-utils installed?): ${stderr}`);
  return Number(match[1]);
}

function rdflibCount(path: string): number {
  const script = "import sys, rdflib; g = rdflib.Graph(); g.parse(sys.argv[1], format='turtle'); print(len(g))";
  return Number(execFileSync("/usr/bin/python3", ["-c", script, path], { encoding: "utf8" }).trim());
}

describe.each(FILES)("%s", (file) => {
  const path = join(ROOT, file);
  const expected = parseTurtleFile(path).length;

  it("parses in rapper to the same number of triples", () => {
    expect(rapperCount(path)).toBe(expected);
  });

  it("parses in RDFLib to the same number of triples", () => {
    expect(rdflibCount(path)).toBe(expected);
  });
});
