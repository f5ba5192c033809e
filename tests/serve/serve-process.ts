/** `pactgraph serve` as a real process (the installed bin), for the integration tests. */
import { spawn, type ChildProcess } from "node:child_process";
import { CLI, ROOT } from "../helpers/project.js";

export interface ServeProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>;
  /** Kills the process if it is still running. */
  kill(): void;
}

/** Starts `pactgraph serve --port 0 <args>` and resolves once it listens. */
export function startServe(args: readonly string[]): Promise<ServeProcess> {
  const child = spawn(process.execPath, [CLI, "serve", "--port", "0", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const url = /SPARQL endpoint at (http:\/\/\S+\/sparql)/.exec(stdout)?.[1];
      if (url) resolve({ child, url, exited, stderr: () => stderr, kill: () => void (child.exitCode === null && child.kill("SIGKILL")) });
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stdout}${stderr}`)));
  });
}
