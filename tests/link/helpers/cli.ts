/** The link tests run the CLI without blocking: the fixture endpoint's proxy runs in the test process. */
export { runCliAsync } from "../../helpers/project.js";
