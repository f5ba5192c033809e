/**
 * The few things only a real process shows, run through the installed entry point (bin/ and the
 * esbuild bundle): exit codes as the shell sees them, a reader that closes the pipe early, and
 * signals — a command that listens (build --watch) stops gracefully, one that does not dies of the
 * signal. Everything else runs the CLI in-process.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, ROOT, repoTempDir, runCliProcess } from "../helpers/project.js";

const dir = repoTempDir("bundle-smoke-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the installed entry point", () => {
  it("exits 0 with the version, 2 on a usage error, 1 on bad data", async () => {
    expect((await runCliProcess(["--version"])).status).toBe(0);
    const usage = await runCliProcess(["query", "--frobnicate"]);
    expect([usage.status, usage.stderr.split("\n")[0]]).toEqual([2, "pactgraph: unknown option '--frobnicate'"]);
    const data = await runCliProcess(["summary", "--data", "tests/fixtures/bad-input/malformed.ttl"]);
    expect(data.status).toBe(1);
    expect(data.stderr).toMatch(/^pactgraph: tests\/fixtures\/bad-input\/malformed\.ttl:5:1: /);
  });

  it("stops quietly, exit 0, when the reader closes the pipe early (pactgraph … | head -1)", async () => {
    const result = await new Promise<{ code: number | null; stderr: string; first: string }>((resolve) => {
      const shell = spawn("sh", ["-c", `node ${CLI} export -f nt | head -1`], { cwd: ROOT });
      let stderr = "";
      let first = "";
      shell.stdout.setEncoding("utf8").on("data", (chunk: string) => (first += chunk));
      shell.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      shell.on("close", (code) => resolve({ code, stderr, first }));
    });
    expect(result.first).toMatch(/^<https:\/\/w3id\.org\/pactgraph\/id\/\S+> /);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("build --watch stops gracefully on SIGTERM (it listens); exit 0", async () => {
    const project = join(dir, "watched");
    mkdirSync(join(project, "data"), { recursive: true });
    writeFileSync(join(project, "pactgraph.config.json"), "{}\n");
    const child = spawn(process.execPath, [CLI, "build", "--watch"], { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
    await new Promise<void>((resolve) => child.stdout.setEncoding("utf8").on("data", (chunk: string) => chunk.includes("watching") && resolve()));
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on("exit", (code, signal) => resolve([code, signal])));
    child.kill("SIGTERM");
    expect(await exited).toEqual([0, null]);
  });

  it("a command that does not listen dies of the signal, as without a handler", async () => {
    const child = spawn(process.execPath, [CLI, "query", "-q", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"], { cwd: ROOT, stdio: "ignore" });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on("exit", (code, signal) => resolve([code, signal])));
    child.kill("SIGINT");
    expect(await exited).toEqual([null, "SIGINT"]);
  });
});
