/** The user's project: where it is, its settings, and the package's own files. */
export { CONFIG_FILE, findProject } from "./find.js";
export type { Project, ProjectConfig } from "./find.js";
export { PACKAGE_ONTOLOGY, PACKAGE_QUERIES, PACKAGE_ROOT, packageVersion } from "./package-root.js";
export { scaffoldFiles } from "./scaffold.js";
export type { ScaffoldFile } from "./scaffold.js";
