/**
 * Where a JSON text first goes wrong. `JSON.parse` on Node 20 often reports only the offending
 * token ("Unexpected token '}'") without a position, so when it fails this small scanner walks the
 * text by the JSON grammar (RFC 8259) and returns the offset of the first error and what it expected.
 */

/** The first syntax error of a JSON text: a UTF-16 offset and a short description. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly message: string;
}

/**
 * How deeply JSON-LD may nest objects and arrays. jsonld.js expands a document by recursion, and
 * runs out of stack somewhere past 800 levels; far below that, and far above any real document
 * (pactgraph's own output nests fewer than 100), a deeper document is refused with its location.
 */
export const MAX_JSON_DEPTH = 256;

/**
 * The offset of the first `{` or `[` nested deeper than `limit`, or undefined. A linear scan that
 * skips strings; run on text JSON.parse accepted.
 */
export function tooDeepAt(text: string, limit = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      for (i += 1; i < text.length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === 0x5c) i += 1;
        else if (inner === 0x22) break;
      }
    } else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > limit) return i;
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
  }
  return undefined;
}

class Scanner {
  pos = 0;
  depth = 0;
  constructor(readonly text: string) {}

  enter(): void {
    this.depth += 1;
    if (this.depth > MAX_JSON_DEPTH) this.fail(`nested more than ${MAX_JSON_DEPTH} levels deep`);
  }

  fail(message: string): never {
    throw Object.assign(new Error(message), { offset: this.pos });
  }

  describeHere(): string {
    const char = this.text[this.pos];
    return char === undefined ? "end of input" : `"${char}"`;
  }

  skipWhitespace(): void {
    while (this.pos < this.text.length && " \t\n\r".includes(this.text[this.pos] ?? "")) this.pos += 1;
  }

  value(): void {
    this.skipWhitespace();
    const char = this.text[this.pos];
    if (char === "{") return this.object();
    if (char === "[") return this.array();
    if (char === '"') return this.string();
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) return this.number();
    for (const word of ["true", "false", "null"]) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    this.fail(`unexpected ${this.describeHere()}; expected a value`);
  }

  object(): void {
    this.enter();
    this.objectBody();
    this.depth -= 1;
  }

  objectBody(): void {
    this.pos += 1;
    this.skipWhitespace();
    if (this.text[this.pos] === "}") {
      this.pos += 1;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] !== '"') this.fail(`unexpected ${this.describeHere()}; expected a property name in double quotes`);
      this.string();
      this.skipWhitespace();
      if (this.text[this.pos] !== ":") this.fail(`unexpected ${this.describeHere()}; expected ":" after the property name`);
      this.pos += 1;
      this.value();
      this.skipWhitespace();
      const next = this.text[this.pos];
      if (next === "}") {
        this.pos += 1;
        return;
      }
      if (next !== ",") this.fail(`unexpected ${this.describeHere()}; expected "," or "}"`);
      this.pos += 1;
    }
  }

  array(): void {
    this.enter();
    this.arrayBody();
    this.depth -= 1;
  }

  arrayBody(): void {
    this.pos += 1;
    this.skipWhitespace();
    if (this.text[this.pos] === "]") {
      this.pos += 1;
      return;
    }
    for (;;) {
      this.value();
      this.skipWhitespace();
      const next = this.text[this.pos];
      if (next === "]") {
        this.pos += 1;
        return;
      }
      if (next !== ",") this.fail(`unexpected ${this.describeHere()}; expected "," or "]"`);
      this.pos += 1;
    }
  }

  string(): void {
    const start = this.pos;
    this.pos += 1;
    for (;;) {
      const char = this.text[this.pos];
      if (char === undefined) {
        this.pos = start;
        this.fail("unterminated string");
      }
      if (char === '"') {
        this.pos += 1;
        return;
      }
      if (char < " ") this.fail("control character in a string; escape it (\\n, \\t, \\u0000)");
      if (char === "\\") {
        const escape = this.text[this.pos + 1] ?? "";
        if (escape === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.fail("bad \\u escape; expected four hex digits");
          this.pos += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(escape) || escape === "") this.fail(`bad escape "\\${escape}"`);
        this.pos += 2;
        continue;
      }
      this.pos += 1;
    }
  }

  number(): void {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match) this.fail("malformed number");
    this.pos += match[0].length;
  }
}

/**
 * The first syntax error of `text`, or undefined when it is valid JSON.
 * @example locateJsonSyntaxError('{"a": }') // { offset: 6, message: 'unexpected "}"; expected a value' }
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new Scanner(text.startsWith("\ufeff") ? ` ${text.slice(1)}` : text);
  try {
    scanner.value();
    scanner.skipWhitespace();
    if (scanner.pos < text.length) scanner.fail(`unexpected ${scanner.describeHere()} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    const found = typeof error === "object" && error !== null && "offset" in error ? Number(error.offset) : 0;
    const offset = Number.isFinite(found) ? found : 0;
    return { offset, message: error instanceof Error ? error.message : String(error) };
  }
}
