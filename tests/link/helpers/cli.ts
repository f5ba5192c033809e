/** The link tests run the CLI in-process; the fixture endpoint's proxy runs in the same process. */
export { runCli } from "../../helpers/cli.js";
