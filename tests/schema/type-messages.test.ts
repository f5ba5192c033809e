/**
 * Misusing the DSL is a compile error whose message stays short and names what is wrong: the
 * class the field expects, the missing field (against a named input type, not thirty fields), the
 * concept it nearly matches. (The misuse itself is tested in types.test-d.ts; this checks what
 * the author reads.)
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { repoTempDir } from "../helpers/project.js";

const dir = repoTempDir("type-messages-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cases: [string, string, RegExp][] = [
  ["a person where a party is expected", 'g.add("Membership", "m", { label: "M", member: person, agreement: pact, role: "Member", membershipStatus: "Active" });', /Type 'Ref<"Person">' is not assignable to type 'Ref<SubclassesOf<"Party">>'/],
  ["a missing required field", 'g.add("Alliance", "a", { label: "A" });', /Property 'status' is missing in type '\{ label: string; \}' but required in type '\{ readonly label: string; readonly status: ConceptKey<"AgreementStatusScheme">; \}'/],
  ["a source without its kind", 'g.source("s", { title: "t", text: "x", notGiven: ["Publisher", "PublicationDate", "SourceUrl"] });', /Property 'sourceKind' is missing in type .* but required in type 'SourceInput'/],
  ["a misspelt concept", 'g.add("Membership", "m", { label: "M", member: state, agreement: pact, role: "Memberr", membershipStatus: "Active" });', /Type '"Memberr"' is not assignable to type 'ConceptKey<"MembershipRoleScheme">'. Did you mean '"Member"'\?/],
];

/** One program for every case (creating a program costs seconds): each case's file and its messages. */
function diagnosticsOfAll(bodies: readonly string[]): string[][] {
  const setup = [
    'import { createGraph } from "../../src/dsl/index.js";',
    "const g = createGraph();",
    'const person = g.add("Person", "p", { label: "P" });',
    'const state = g.add("State", "s", { label: "S" });',
    'const pact = g.add("Alliance", "x", { label: "X", status: "Concluded" });',
    "void person; void state; void pact;",
  ];
  const files = bodies.map((body, i) => {
    const file = join(dir, `case-${i}.ts`);
    writeFileSync(file, `${setup.join("\n")}\n${body}\n`);
    return file;
  });
  const program = ts.createProgram(files, { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true, types: ["node"] });
  // Only the cases' own files are checked: the checker then types no more of src/ than they use
  // (checking every file, as getPreEmitDiagnostics does, took 11 s of the fast suite).
  return files.map((file) => {
    const source = program.getSourceFile(file)!;
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  });
}

const found = diagnosticsOfAll(cases.map(([, body]) => body));

describe("DSL compile errors are short and say what is wrong", () => {
  it.each(cases.map((c, i) => [c[0], i, c[2]] as const))("%s", (_name, index, expected) => {
    const [message, ...more] = found[index]!;
    expect(more).toEqual([]);
    expect(message).toMatch(expected);
    // No type spelled out so long that the compiler elides it ("… 7 more …"), the old failure.
    expect(message).not.toMatch(/\.\.\. \d+ more \.\.\./);
  });
});
