/**
 * The general entities of an XML document's internal DTD subset (`<!ENTITY owl "http://…#">`, as
 * Protégé writes them), expanded the way XML 1.0 §4.4 says: fully, references inside replacement
 * text included, never left behind as text. Expansion is bounded, so a "billion laughs" document
 * (entities that each repeat the previous one ten times) is refused instead of filling memory; so
 * are entities XML parsers would have to fetch (SYSTEM / PUBLIC), entities whose text holds markup,
 * and parameter-entity references, none of which pactgraph reads.
 */

/** No entity may expand to more than this many characters. */
export const MAX_ENTITY_CHARACTERS = 1024 * 1024;

/** A problem in the DTD; `offset` is where in the DOCTYPE text it is, when known. */
export class DtdError extends Error {
  constructor(
    message: string,
    readonly offset?: number,
  ) {
    super(message);
  }
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };
const NAME = /[:A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd][-.0-9:A-Z_a-z\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c-\u200d\u203f-\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd]*/y;
const REFERENCE = /&(#x[0-9A-Fa-f]+|#[0-9]+|[^;&\s]+);/g;

interface Declared {
  /** Replacement text (character references already replaced), or undefined for an external entity. */
  readonly text: string | undefined;
  readonly external: string;
  readonly offset: number;
}

/** The general entities of one document, expanded on demand. */
export class DtdEntities {
  private readonly declared = new Map<string, Declared>();
  private readonly expanded = new Map<string, string>();

  /** Reads the `<!ENTITY …>` declarations of a DOCTYPE's text (what follows `<!DOCTYPE`). */
  constructor(doctype: string) {
    const open = doctype.indexOf("[");
    if (open < 0) return;
    let i = open + 1;
    while (i < doctype.length) {
      const char = doctype[i];
      if (char === "]") return;
      if (doctype.startsWith("<!--", i)) i = after(doctype, "-->", i);
      else if (doctype.startsWith("<?", i)) i = after(doctype, "?>", i);
      else if (doctype.startsWith("<!ENTITY", i)) i = this.declaration(doctype, i);
      else if (char === "<") i = skipDeclaration(doctype, i);
      else if (char === "%") throw new DtdError("parameter-entity references in the DTD are not supported; declare the entities directly", i);
      else i += 1;
    }
  }

  private declaration(doctype: string, start: number): number {
    let i = skipSpace(doctype, start + "<!ENTITY".length);
    const parameter = doctype[i] === "%";
    if (parameter) i = skipSpace(doctype, i + 1);
    NAME.lastIndex = i;
    const name = NAME.exec(doctype)?.[0];
    if (name === undefined) throw new DtdError("malformed <!ENTITY> declaration: expected a name", start);
    i = skipSpace(doctype, i + name.length);
    const quote = doctype[i];
    let text: string | undefined;
    let external = "";
    let end: number;
    if (quote === '"' || quote === "'") {
      const close = doctype.indexOf(quote, i + 1);
      if (close < 0) throw new DtdError(`unterminated value of the entity ${name}`, start);
      const literal = doctype.slice(i + 1, close);
      if (!parameter && /%[^\s;]+;/.test(literal)) throw new DtdError(`the entity ${name} uses a parameter entity, which is not supported`, start);
      text = literal.replace(/&#(x[0-9A-Fa-f]+|[0-9]+);/g, (_m, code: string) => characterReference(code, name, start));
      end = skipDeclaration(doctype, close);
    } else {
      end = skipDeclaration(doctype, start);
      external = doctype.slice(i, end - 1).trim();
    }
    // XML 1.0 §4.2: when an entity is declared more than once, the first declaration binds.
    if (!parameter && !this.declared.has(name)) this.declared.set(name, { text, external, offset: start });
    return end;
  }

  /** True when the DTD declares general entities. */
  get size(): number {
    return this.declared.size;
  }

  /** The full replacement text of `&name;`, or undefined when the document does not declare it. */
  resolve(name: string): string | undefined {
    return this.declared.has(name) ? this.expand(name, []) : undefined;
  }

  private expand(name: string, active: string[]): string {
    const done = this.expanded.get(name);
    if (done !== undefined) return done;
    const entity = this.declared.get(name);
    if (entity === undefined) throw new DtdError(`the entity &${name}; is used but not declared`);
    if (entity.text === undefined) {
      throw new DtdError(`the entity &${name}; is external (${entity.external}); pactgraph never loads files or URLs a document names, so write its text into the DTD`, entity.offset);
    }
    if (active.includes(name)) throw new DtdError(`the entity &${name}; refers to itself (${[...active, name].map((n) => `&${n};`).join(" → ")})`, entity.offset);
    if (entity.text.includes("<")) throw new DtdError(`the entity &${name}; holds markup, which pactgraph does not expand; write the elements out in the document`, entity.offset);
    const parts: string[] = [];
    let length = 0;
    let last = 0;
    for (const match of entity.text.matchAll(REFERENCE)) {
      const reference = match[1] ?? "";
      parts.push(entity.text.slice(last, match.index));
      const value = reference.startsWith("#") ? characterReference(reference.slice(1), name, entity.offset) : (PREDEFINED[reference] ?? this.expand(reference, [...active, name]));
      parts.push(value);
      length += match.index - last + value.length;
      last = match.index + match[0].length;
      if (length > MAX_ENTITY_CHARACTERS) throw tooLarge(name, entity.offset);
    }
    parts.push(entity.text.slice(last));
    const text = parts.join("");
    if (text.length > MAX_ENTITY_CHARACTERS) throw tooLarge(name, entity.offset);
    this.expanded.set(name, text);
    return text;
  }
}

function tooLarge(name: string, offset: number): DtdError {
  return new DtdError(
    `the entity &${name}; expands to more than ${MAX_ENTITY_CHARACTERS / (1024 * 1024)} MiB of text (entities that repeat other entities, a "billion laughs" document); pactgraph refuses to expand it`,
    offset,
  );
}

function characterReference(code: string, entity: string, offset: number): string {
  const value = code.startsWith("x") ? parseInt(code.slice(1), 16) : parseInt(code, 10);
  const allowed = value === 0x9 || value === 0xa || value === 0xd || (value >= 0x20 && value <= 0xd7ff) || (value >= 0xe000 && value <= 0xfffd) || (value >= 0x10000 && value <= 0x10ffff);
  if (!allowed) throw new DtdError(`the entity ${entity} holds the character reference &#${code}; which is not an XML character`, offset);
  return String.fromCodePoint(value);
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && " \t\r\n".includes(text[i] ?? "")) i += 1;
  return i;
}

function after(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  if (end < 0) throw new DtdError(`unterminated ${text.slice(from, from + 4)} in the DTD`, from);
  return end + terminator.length;
}

/** The offset just past the `>` closing a declaration starting at `from`, skipping quoted text. */
function skipDeclaration(text: string, from: number): number {
  let quote: string | undefined;
  for (let i = from + 1; i < text.length; i++) {
    const char = text[i];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ">") return i + 1;
  }
  throw new DtdError("unterminated declaration in the DTD", from);
}
