// Rule guarded: the layers' rules in eslint.config.mjs fire. Each case lints a deliberate violation
// as if it stood in that layer (the file does not exist; ESLint applies the config of its path),
// and the same code where it is allowed, so a rule that silently stopped matching fails here.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((message) => message.ruleId === "@typescript-eslint/no-restricted-imports" || message.ruleId === "no-console")
    .map((message) => message.message);
}

const CASES: { rule: string; code: string; violates: string; allowedIn: string }[] = [
  {
    rule: "components never import the database",
    code: 'import { getDb } from "@/db";\nexport const x = getDb;\n',
    violates: "components/check/example.tsx",
    allowedIn: "app/kommune/example/page.tsx",
  },
  {
    rule: "components never import server actions of a route (they come as props)",
    code: 'import { signInAction } from "@/app/(anmeldung)/actions";\nexport const x = signInAction;\n',
    violates: "components/account/example.tsx",
    allowedIn: "app/(anmeldung)/anmelden/example.tsx",
  },
  {
    rule: "components never call services (types are fine)",
    code: 'import { listRounds } from "@/lib/services/checks";\nexport const x = listRounds;\n',
    violates: "components/check/example.tsx",
    allowedIn: "app/kommune/example/page.tsx",
  },
  {
    rule: "pages reach data through services, not queries",
    code: 'import { findCheck } from "@/db/queries/checks";\nexport const x = findCheck;\n',
    violates: "app/kommune/example/page.tsx",
    allowedIn: "lib/services/example.ts",
  },
  {
    rule: "services never import Next.js",
    code: 'import { redirect } from "next/navigation";\nexport const x = redirect;\n',
    violates: "lib/services/example.ts",
    allowedIn: "app/kommune/example/page.tsx",
  },
  {
    rule: "services take the user as an argument, never from the Next.js request",
    code: 'import { getCurrentUser } from "@/lib/auth/current-user";\nexport const x = getCurrentUser;\n',
    violates: "lib/services/example.ts",
    allowedIn: "app/kommune/example/page.tsx",
  },
  {
    rule: "services hold no SQL: data access lives in db/queries",
    code: 'import { sql } from "drizzle-orm";\nexport const x = sql;\n',
    violates: "lib/services/example.ts",
    allowedIn: "db/queries/example.ts",
  },
  {
    rule: "the product never imports the tooling",
    code: 'import { startFaultProxy } from "@/lib/tooling/testing/fault-proxy";\nexport const x = startFaultProxy;\n',
    violates: "lib/portal-server/example.ts",
    allowedIn: "lib/tooling/bench/example.ts",
  },
  {
    rule: "db/ sits below the services",
    code: 'import { listRounds } from "@/lib/services/checks";\nexport const x = listRounds;\n',
    violates: "db/queries/example.ts",
    allowedIn: "app/kommune/example/page.tsx",
  },
  {
    rule: "errors go through the logger, not the console",
    code: "export function x(error: unknown) {\n  console.error(error);\n}\n",
    violates: "lib/services/example.ts",
    allowedIn: "lib/operations/commands/example.ts",
  },
];

describe.each(CASES)("$rule", ({ code, violates, allowedIn }) => {
  it(`fires in ${violates}`, async () => {
    expect(await restrictedImports(violates, code)).not.toEqual([]);
  });
  it(`stays quiet in ${allowedIn}`, async () => {
    expect(await restrictedImports(allowedIn, code)).toEqual([]);
  });
});

it("allows type imports from services in components", async () => {
  expect(
    await restrictedImports("components/check/example.tsx", 'import type { MeasureRow } from "@/lib/services/measures";\nexport type X = MeasureRow;\n'),
  ).toEqual([]);
});
