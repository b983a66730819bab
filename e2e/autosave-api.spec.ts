// Rules guarded: the autosave endpoint refuses every bad payload with a clear
// German message and no change — wrong scores, unknown items, long notes,
// foreign origin, signed out — and 1,000 random payloads cause no server
// error and leave the database exactly as before whenever they are refused.
import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ITEM_KEYS } from "../lib/kurzcheck/keys";
import { DEMO, newPerson, signIn, testDb } from "./support/accounts";
import { openDraftFromOverview } from "./support/kommunen";

let checkId: string;
let api: APIRequestContext;
let origin: string;

test.beforeAll(async ({ browser }) => {
  const page = await newPerson(browser);
  await signIn(page, DEMO.kommune2);
  await openDraftFromOverview(page);
  await expect(page).toHaveURL(/\/kommune\/checks\/[0-9a-f-]{36}$/);
  checkId = page.url().split("/").pop()!;
  origin = new URL(page.url()).origin;
  api = page.request;
});

async function snapshot() {
  const { rows } = await testDb().query("SELECT item_key, score, note, version FROM answers WHERE check_id = $1 ORDER BY item_key", [checkId]);
  return rows as { item_key: string; score: number | null; note: string; version: number }[];
}

function put(itemKey: string, body: unknown, headers: Record<string, string> = { Origin: origin }) {
  return api.put(`/api/checks/${checkId}/answers/${encodeURIComponent(itemKey)}`, {
    headers: { "Content-Type": "application/json", ...headers },
    // A Buffer goes out byte for byte; Playwright would JSON-encode a plain string once more.
    data: Buffer.from(typeof body === "string" ? body : JSON.stringify(body)),
  });
}

test("bad payloads get a German message and change nothing", async () => {
  const ok = await put("leitbild", { score: 40, note: "Leitbild von 2019", baseVersion: 0 });
  expect(ok.status()).toBe(200);
  const before = await snapshot();

  const cases: [string, unknown, number, RegExp][] = [
    ["leitbild", { score: 55, note: "", baseVersion: 1 }, 422, /Zehnerschritten/],
    ["leitbild", { score: 110, note: "", baseVersion: 1 }, 422, /0 % und 100 %/],
    ["leitbild", { score: -10, note: "", baseVersion: 1 }, 422, /0 % und 100 %/],
    ["leitbild", { score: "viel", note: "", baseVersion: 1 }, 422, /0 % und 100 %/],
    ["hausaufgaben", { score: 50, note: "", baseVersion: 0 }, 422, /gibt es im Kurz-Check nicht/],
    ["leitbild", { score: 50, note: "x".repeat(2001), baseVersion: 1 }, 422, /höchstens 2\.000 Zeichen/],
    ["leitbild", { score: 50, note: ["kein", "Text"], baseVersion: 1 }, 422, /Text/],
    ["leitbild", { score: 50, note: "", baseVersion: -1 }, 422, /Versionsangabe/],
    ["leitbild", "{kaputt", 422, /kein gültiges JSON/],
    ["leitbild", { score: 50, note: "", baseVersion: 0 }, 409, /./], // stale: someone saved version 1 already
  ];
  for (const [itemKey, body, status, message] of cases) {
    const response = await put(itemKey, body);
    expect(response.status(), JSON.stringify(body).slice(0, 80)).toBe(status);
    const json = await response.json();
    if (status === 422) expect(json.message.replace(/\s/g, " ")).toMatch(message);
  }
  const foreign = await put("leitbild", { score: 50, note: "", baseVersion: 1 }, { Origin: "https://angreifer.example" });
  expect(foreign.status()).toBe(403);
  expect(await snapshot()).toEqual(before);
});

test("1,000 random payloads: no server error, refused ones change nothing", async () => {
  test.setTimeout(180_000);
  let expected = await snapshot();
  const itemKey = fc.oneof(fc.constantFrom(...ITEM_KEYS), fc.string({ minLength: 1, maxLength: 30 }));
  const field = fc.oneof(
    fc.integer({ min: -200, max: 300 }),
    fc.double(),
    fc.string({ maxLength: 40 }),
    fc.constant(null),
    fc.boolean(),
    fc.array(fc.integer(), { maxLength: 3 }),
  );
  const body = fc.oneof(
    fc.record(
      {
        score: fc.oneof(fc.constantFrom(0, 10, 50, 100), field),
        note: fc.oneof(fc.string({ maxLength: 2100 }), field),
        baseVersion: fc.oneof(fc.nat({ max: 5 }), field),
        extra: fc.jsonValue(),
      },
      { requiredKeys: [] },
    ),
    fc.jsonValue(),
    fc.string({ maxLength: 50 }).map((raw) => ({ raw })),
  );

  let requests = 0;
  await fc.assert(
    fc.asyncProperty(itemKey, body, async (key, payload) => {
      requests += 1;
      const raw = typeof payload === "object" && payload !== null && "raw" in payload && Object.keys(payload).length === 1;
      const response = await put(key, raw ? (payload as { raw: string }).raw : payload);
      expect(response.status(), `${key} ${JSON.stringify(payload).slice(0, 120)}`).toBeLessThan(500);
      const after = await snapshot();
      if (response.status() === 200) {
        const json = await response.json();
        const row = after.find((r) => r.item_key === key)!;
        expect(row.version).toBe(json.version);
        expected = after;
      } else {
        expect(after).toEqual(expected);
      }
    }),
    { numRuns: 1000, seed: 2026 },
  );
  expect(requests).toBeGreaterThanOrEqual(1000);
});
