// Rule guarded: every form schema refuses bad input — empty, too long, wrong
// types, 10,000-character strings — with a German message per field, so no
// action ever reaches the database with it.
import { describe, expect, it } from "vitest";
import { z } from "zod";

/** Every exported `…Schema` of every module in this folder: a new schema is tested the day it is written. */
const MODULES = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts"], { eager: true });
const ALL: [string, z.ZodType][] = Object.entries(MODULES).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => entry[0].endsWith("Schema") && entry[1] instanceof z.ZodType)
    .map(([name, schema]): [string, z.ZodType] => [`${file.slice(2, -3)}: ${name}`, schema]),
);
/** Filters of list pages read from the address (?seite=…): a bad value falls back to the default instead of an error page. */
const isListQuery = (name: string) => /(Query|Filter)Schema$/.test(name);
const SCHEMAS = Object.fromEntries(ALL.filter(([name]) => !isListQuery(name)));
const LIST_QUERIES = Object.fromEntries(ALL.filter(([name]) => isListQuery(name)));

it("finds the schemas of every module", () => {
  expect(Object.keys(SCHEMAS).length).toBeGreaterThanOrEqual(45);
  expect(Object.keys(LIST_QUERIES).length).toBeGreaterThanOrEqual(3);
});

const huge = "x".repeat(10_000);
const BAD_INPUTS: Record<string, unknown> = {
  empty: {},
  "empty strings": { email: "", password: "", name: "", organisationName: "", token: "", userId: "", itemKey: "", role: "", consent: "" },
  "10,000 characters": {
    email: huge,
    password: huge,
    name: huge,
    organisationName: huge,
    token: huge,
    userId: huge,
    itemKey: huge,
    role: huge,
    note: huge,
    ags: huge,
  },
  "wrong types": { email: 42, password: ["a"], name: { x: 1 }, organisationName: true, token: 1, userId: [], itemKey: 5, role: null, score: {} },
};

/** Not zod's English defaults ("Invalid input", "Required", "expected string, received …"). */
const ENGLISH = /invalid|required|expected|received|too (big|small)|must/i;

describe.each(Object.entries(SCHEMAS))("%s", (_name, schema) => {
  it.each(Object.entries(BAD_INPUTS))("refuses %s with German messages", (_case, input) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    for (const issue of result.error!.issues) expect(issue.message, `${issue.path.join(".")}: ${issue.message}`).not.toMatch(ENGLISH);
  });
});

describe.each(Object.entries(LIST_QUERIES))("%s", (_name, schema) => {
  it.each(Object.entries(BAD_INPUTS))("drops %s and keeps only the defaults", (_case, input) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(true);
    for (const [key, value] of Object.entries(result.data as Record<string, unknown>)) {
      expect(["string", "number", "boolean"], key).toContain(typeof value);
      expect(String(value).length, key).toBeLessThan(200);
    }
  });
});

describe("script tags", () => {
  it("are kept as plain text (React escapes them on output), never stripped into something else", () => {
    const parsed = SCHEMAS["accounts: updateNameSchema"]!.parse({ name: "<script>alert(1)</script>" }) as { name: string };
    expect(parsed.name).toBe("<script>alert(1)</script>");
  });
});
