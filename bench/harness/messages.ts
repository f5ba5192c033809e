/** The messages the harness and its worker processes exchange over Node's IPC channel. */

/** One saved query to time, with its parameters already chosen. */
export interface RunRequest {
  readonly name: string;
  /** The query text after parameter binding (`prepareSavedQuery(...).text`). */
  readonly text: string;
  readonly params: Readonly<Record<string, string>>;
  /** Where the worker writes the canonical answer lines. */
  readonly answerFile: string;
  readonly policy: RunPolicy;
}

/** How many timed runs follow the warm-up: as many as fit in `budgetMs`, within [minRuns, maxRuns]. */
export interface RunPolicy {
  readonly minRuns: number;
  readonly maxRuns: number;
  readonly budgetMs: number;
}

export type ToQueryWorker =
  | { readonly type: "load"; readonly files: readonly string[] }
  | { readonly type: "run"; readonly request: RunRequest }
  | { readonly type: "exit" };

export type FromQueryWorker =
  /** `ms`: parsing and storing; `engineInitMs`: loading the engine and a first trivial query; `rssMb`: after loading. */
  | { readonly type: "loaded"; readonly ms: number; readonly engineInitMs: number; readonly triples: number; readonly rssMb: number }
  /** Sent after every run, so the parent's timeout applies to single runs. */
  | { readonly type: "tick"; readonly name: string; readonly ms: number }
  /** `coldOnly`: the warm-up took more than twice the budget and is the only time reported. */
  | { readonly type: "done"; readonly name: string; readonly times: readonly number[]; readonly coldOnly: boolean; readonly results: number; readonly rssMb: number }
  | { readonly type: "failed"; readonly name: string; readonly message: string };

/** What the generate-and-write worker reports. */
export interface WriteReport {
  readonly type: "written";
  readonly triples: number;
  readonly agreements: number;
  readonly documents: number;
  readonly states: number;
  readonly declareMs: number;
  readonly buildMs: number;
  /** Medians of the repeats. */
  readonly prettyMs: number;
  readonly n3WriterMs: number;
  readonly prettyBytes: number;
  readonly n3Bytes: number;
  readonly repeats: number;
  readonly rssMb: number;
  readonly turtleFile: string;
  readonly params: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
