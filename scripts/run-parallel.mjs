// Runs npm scripts side by side: `node scripts/run-parallel.mjs [--live NAME] NAME…`. The --live
// one writes to the terminal as it runs; the others' output is held and printed, whole, when all
// have ended (so nothing interleaves). The exit code is the first failure's, or 0. npm test runs
// typecheck and lint beside vitest: vitest leaves a core partly idle while its tests wait on
// workers and servers, and the two checks fill that time instead of adding theirs to it.
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";

const args = process.argv.slice(2);
const liveAt = args.indexOf("--live");
const live = liveAt >= 0 ? args.splice(liveAt, 2)[1] : undefined;
const names = live ? [live, ...args] : args;
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ["npm"];
const held = [];

const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const isLive = name === live;
      const child = spawn(npm[0], [...npm.slice(1), "run", "--silent", name], { stdio: ["ignore", isLive ? "inherit" : "pipe", isLive ? "inherit" : "pipe"] });
      const output = [];
      child.stdout?.on("data", (chunk) => output.push(chunk));
      child.stderr?.on("data", (chunk) => output.push(chunk));
      child.on("close", (code, signal) => {
        const text = Buffer.concat(output).toString();
        if (text) held.push(text.endsWith("\n") ? text : `${text}\n`);
        if (code !== 0) held.push(`npm run ${name} failed (${signal ?? `exit ${code}`})\n`);
        resolve(code === 0 ? 0 : (code ?? 1));
      });
    }),
);
const codes = await Promise.all(runs);
for (const text of held) process.stdout.write(text);
process.exitCode = codes.find((code) => code !== 0) ?? 0;
