import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/*
 * The rules of the house's layers (README, "Where a rule goes"), enforced here:
 *   app/        routes: parse, call a service, render. Data only through services.
 *   components/ React: render what they are given. No data access, no server actions of their own
 *               (a form's action comes in as a prop from its page).
 *   lib/        the domain, free of React and Next.js, except the few adapters named below.
 *   db/         the one home of data access: schema, client, queries/<feature>.ts.
 *   lib/operations/  production commands and deployment files; lib/tooling/  benchmark, test runner,
 *               fixtures: nothing of the product imports them.
 * lib/tooling/lint-rules.test.ts lints deliberate violations as if they stood in each layer: every rule fires.
 */

const restricted = (...patterns) => ({ patterns });
const group = (names, message, extra = {}) => ({ group: names, message, ...extra });

const TOOLING = group(["@/lib/tooling", "@/lib/tooling/**", "**/tooling/**"], "Werkzeuge (Benchmark, Testläufe, Fixtures) gehören nicht ins Produkt.");
const APP = group(["@/app/**"], "Routen werden nicht importiert: Server-Actions kommen als Props in die Komponente.");
const COMPONENTS = group(["@/components/**"], "Die Domäne in lib/ und db/ kennt keine React-Komponenten.");
const NEXT = group(
  ["next", "next/**", "next-auth", "next-auth/**", "react", "react-dom", "server-only"],
  "Dienste sind frei von Next.js und React (der Job-Runner und der Portal-Server laden sie ohne Next.js).",
);
const NEXT_BOUND_AUTH = group(
  [
    "@/lib/auth/current-user",
    "@/lib/auth/guards",
    "@/lib/auth/auth",
    "@/lib/auth/complete-sign-in",
    "@/lib/actions/form-action",
    "**/current-user",
    "**/guards",
    "**/auth/auth",
    "**/complete-sign-in",
  ],
  "Dieses Modul lädt Next.js; Dienste nehmen den Benutzer als Argument (Typ CurrentUser aus @/lib/auth/signed-in-user).",
);
const DATA = group(["drizzle-orm", "drizzle-orm/**", "pg", "@/db/schema", "**/db/schema"], "Datenzugriff gehört nach db/queries/<feature>.ts.", {
  allowTypeImports: true,
});

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.{ts,tsx,mts}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", restricted(TOOLING)],
      "no-console": "error",
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        restricted(
          TOOLING,
          group(["@/db/**", "drizzle-orm", "drizzle-orm/**", "pg"], "Seiten und Routen erreichen Daten über Dienste in lib/services (nur getDb aus @/db).", {
            allowTypeImports: true,
          }),
        ),
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        restricted(
          TOOLING,
          APP,
          group(["@/db", "@/db/**", "drizzle-orm", "drizzle-orm/**", "pg"], "Komponenten greifen nie auf die Datenbank zu; ihre Seite gibt ihnen die Daten."),
          group(
            [
              "@/lib/services/**",
              "@/lib/auth/**",
              "!@/lib/auth/home",
              "!@/lib/auth/permissions",
              "@/lib/operations/**",
              "@/lib/portal-server/**",
              "@/lib/jobs/**",
            ],
            "Komponenten rufen keine Dienste auf; Typen sind erlaubt.",
            { allowTypeImports: true },
          ),
        ),
      ],
    },
  },
  {
    files: ["lib/**/*.ts", "db/**/*.ts"],
    ignores: ["lib/tooling/**", "**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", restricted(TOOLING, APP, COMPONENTS)],
    },
  },
  {
    files: ["lib/services/**/*.ts", "lib/jobs/**/*.ts", "lib/kurzcheck/**/*.ts", "lib/validation/**/*.ts", "lib/email/**/*.ts", "lib/templates/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", restricted(TOOLING, APP, COMPONENTS, NEXT, NEXT_BOUND_AUTH, DATA)],
    },
  },
  {
    // Authentication may use Next.js (its adapters), but reads and writes data through db/queries like the services.
    files: ["lib/auth/**/*.ts", "lib/route-handlers/**/*.ts", "lib/portal-server/**/*.ts", "lib/actions/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", restricted(TOOLING, APP, COMPONENTS, DATA)],
    },
  },
  {
    files: ["db/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        restricted(
          TOOLING,
          APP,
          COMPONENTS,
          NEXT,
          group(["@/lib/services/**", "**/lib/services/**"], "db/ liegt unter den Diensten: Abfragen rufen keine Dienste auf."),
        ),
      ],
    },
  },
  {
    // The command line and the tooling print to the terminal; their output is their interface.
    files: [
      "lib/operations/commands/**",
      "lib/operations/*.ts",
      "lib/tooling/**",
      "e2e/**",
      "**/*.test.ts",
      "db/embedded.ts",
      "db/migrate.ts",
      "db/seed.ts",
      "*.config.ts",
      "*.config.mjs",
    ],
    rules: { "no-console": "off" },
  },
  {
    files: ["lib/tooling/**", "e2e/**", "**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  globalIgnores([".next/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
