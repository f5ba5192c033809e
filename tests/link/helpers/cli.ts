/**
 * Runs the compiled CLI as a subprocess without blocking this process: the fixture endpoint's
 * proxy runs in the test process, so `spawnSync` would deadlock it.
 */
import { spawn } from "node:child_process";
import { CLI, type CliResult } from "../../helpers/project.js";

export function runCliAsync(args: readonly string[], options: { cwd: string; env?: Readonly<Record<string, string>> }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
