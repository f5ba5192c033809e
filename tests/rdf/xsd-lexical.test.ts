import { describe, expect, it } from "vitest";
import { checkedDatatypes, lexicalFormProblem } from "../../src/rdf/xsd-lexical.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";

// datatype, valid lexical forms, invalid lexical forms
const TABLE: [string, string[], string[]][] = [
  ["date", ["2025-09-17", "2024-02-29", "-0044-03-15", "2025-09-17Z", "2025-09-17+05:30", "12025-01-01"], ["2025-13-40", "2025-02-29", "2025-9-17", "2025-09-31", "2025-09-17+15:00", "17/09/2025", " 2025-09-17", ""]],
  ["gYearMonth", ["2025-09", "1999-12Z"], ["2025-13", "2025-00", "September 2025", "2025-9"]],
  ["gYear", ["2025", "-0500", "0000"], ["25", "2025-01", "year"]],
  ["gMonth", ["--09", "--12Z"], ["--13", "--00", "09", "--9"]],
  ["gDay", ["---31", "---01"], ["---32", "---00"]],
  ["gMonthDay", ["--02-29", "--12-31"], ["--02-30", "--04-31", "--13-01"]],
  ["dateTime", ["2025-09-17T10:30:00", "2025-09-17T24:00:00Z", "2025-09-17T10:30:00.123+01:00"], ["2025-09-17T25:00:00", "2025-09-17T24:30:00", "2025-09-17 10:30:00", "2025-09-17T10:60:00"]],
  ["dateTimeStamp", ["2025-09-17T10:30:00Z"], ["2025-09-17T10:30:00"]],
  ["time", ["10:30:00", "23:59:59.5Z"], ["24:01:00", "10:30"]],
  ["integer", ["0", "-12", "+7", "0012"], ["1.0", "1e3", "", "twelve", " 1"]],
  ["nonNegativeInteger", ["0", "2997", "+1"], ["-1"]],
  ["positiveInteger", ["1"], ["0", "-3"]],
  ["negativeInteger", ["-1"], ["0"]],
  ["nonPositiveInteger", ["0", "-5"], ["1"]],
  ["byte", ["-128", "127"], ["128", "-129"]],
  ["unsignedByte", ["0", "255"], ["256", "-1"]],
  ["short", ["-32768", "32767"], ["32768"]],
  ["unsignedShort", ["65535"], ["65536"]],
  ["int", ["2147483647"], ["2147483648"]],
  ["unsignedInt", ["4294967295"], ["4294967296"]],
  ["long", ["-9223372036854775808"], ["9223372036854775808"]],
  ["unsignedLong", ["18446744073709551615"], ["18446744073709551616"]],
  ["decimal", ["1.5", "-.5", "3.", "+10"], ["1,5", "1e3", "."]],
  ["double", ["1.5E3", "INF", "-INF", "NaN", ".5e-2", "12"], ["1.5E", "inf", "E3"]],
  ["float", ["1.0", "+INF"], ["1.0f"]],
  ["boolean", ["true", "false", "1", "0"], ["True", "yes", ""]],
  ["duration", ["P1Y2M", "PT5H", "-P3D", "P1DT12H30M5.5S"], ["P", "PT", "1Y", "P1H"]],
  ["hexBinary", ["", "0fA3"], ["0fA", "zz"]],
  ["base64Binary", ["", "QUJD", "QUI="], ["QUJ", "Q=JD"]],
];

describe("XSD lexical forms", () => {
  it.each(TABLE)("xsd:%s accepts its lexical forms and rejects others", (local, valid, invalid) => {
    for (const value of valid) expect(lexicalFormProblem(value, XSD + local), `${value} should be valid`).toBeUndefined();
    for (const value of invalid) expect(lexicalFormProblem(value, XSD + local), `${value} should be invalid`).toEqual(expect.any(String));
  });

  it("says what is wrong in words", () => {
    expect(lexicalFormProblem("2025-13-40", `${XSD}date`)).toBe("month 13 is out of range (01-12)");
    expect(lexicalFormProblem("2025-02-30", `${XSD}date`)).toBe("day 30 does not exist in month 02");
    expect(lexicalFormProblem("-1", `${XSD}nonNegativeInteger`)).toBe("must be at least 0");
    expect(lexicalFormProblem("May 2024", `${XSD}gYearMonth`)).toBe("expected YYYY-MM");
  });

  it("covers every datatype in the table, and leaves strings and unknown datatypes alone", () => {
    expect(new Set(checkedDatatypes())).toEqual(new Set(TABLE.map(([local]) => XSD + local)));
    expect(lexicalFormProblem("anything at all", `${XSD}string`)).toBeUndefined();
    expect(lexicalFormProblem("anything", "https://example.org/myDatatype")).toBeUndefined();
  });
});
