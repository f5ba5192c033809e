import { describe, expect, it } from "vitest";
import { certainlyBefore, parsePartialDate, SourceText } from "../../src/dsl/index.js";

describe("partial dates keep their precision", () => {
  it.each([
    ["2025", "xsd:gYear"],
    ["2025-09", "xsd:gYearMonth"],
    ["2024-02-29", "xsd:date"],
    ["--09", "xsd:gMonth"],
  ])("%s is a %s", (value, datatype) => {
    expect(parsePartialDate(value)).toMatchObject({ lexical: value, datatype });
  });

  it.each(["2025-13", "2023-02-29", "25-09", "September 2025", "2025/09", "--13", ""])("rejects %j", (value) => {
    expect(typeof parsePartialDate(value)).toBe("string");
  });

  it("orders only what is certainly ordered", () => {
    const d = (v: string) => parsePartialDate(v) as Exclude<ReturnType<typeof parsePartialDate>, string>;
    expect(certainlyBefore(d("2024"), d("2025-09"))).toBe(true);
    expect(certainlyBefore(d("2025-09-30"), d("2025-09"))).toBe(false); // overlapping: unknown
    expect(certainlyBefore(d("--09"), d("2025"))).toBe(false); // no year: incomparable
  });
});

describe("source text offsets count code points", () => {
  it("counts an astral character as one position", () => {
    const text = new SourceText("a🙂 b’c — quote here");
    const selection = text.select("quote");
    expect(selection).toMatchObject({ start: 9, end: 14, exact: "quote" });
    expect(Array.from("a🙂 b’c — quote here").slice(9, 14).join("")).toBe("quote");
  });
});
