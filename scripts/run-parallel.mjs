// Runs npm scripts side by side (`node scripts/run-parallel.mjs compile typecheck lint`): each
// one's output is printed whole when it ends, and the exit code is the first failure's (or 0).
// npm test uses it for the steps before vitest, which need not wait for one another.
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";

const names = process.argv.slice(2);
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ["npm"];
const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const child = spawn(npm[0], [...npm.slice(1), "run", "--silent", name], { stdio: ["ignore", "pipe", "pipe"] });
      const output = [];
      child.stdout.on("data", (chunk) => output.push(chunk));
      child.stderr.on("data", (chunk) => output.push(chunk));
      child.on("close", (code, signal) => {
        const text = Buffer.concat(output).toString();
        if (text) process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
        if (code !== 0) process.stderr.write(`npm run ${name} failed (${signal ?? `exit ${code}`})\n`);
        resolve(code === 0 ? 0 : code ?? 1);
      });
    }),
);
const codes = await Promise.all(runs);
process.exitCode = codes.find((code) => code !== 0) ?? 0;
