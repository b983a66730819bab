// Rules guarded: every signed-in area answers only its roles — anonymous
// visitors go to /anmelden, others get 403 — and a Kommune can never read or
// change another Kommune's team, even with forged ids in a real form post.
// Deactivation, role changes and foreign-origin posts take effect at once.
import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations } from "./support/a11y";
import { createUser, DEMO, DEMO_PASSWORD, signIn, testDb, uniqueEmail, newPerson, newStaffAccount } from "./support/accounts";
import { openDraftFromOverview } from "./support/kommunen";

type Expectation = 200 | 403 | "anmelden";
const AREAS = [
  "/kommune",
  "/kommune/team",
  "/kommune/einstellungen",
  "/kommune/massnahmen",
  "/kommune/massnahmen/neu",
  "/kommune/befragungen",
  "/konto",
  "/beratung",
  "/admin",
  "/admin/sprachen",
] as const;

const MATRIX: Record<string, Record<(typeof AREAS)[number], Expectation>> = {
  anonymous: {
    "/kommune": "anmelden",
    "/kommune/team": "anmelden",
    "/kommune/einstellungen": "anmelden",
    "/kommune/massnahmen": "anmelden",
    "/kommune/massnahmen/neu": "anmelden",
    "/kommune/befragungen": "anmelden",
    "/konto": "anmelden",
    "/beratung": "anmelden",
    "/admin": "anmelden",
    "/admin/sprachen": "anmelden",
  },
  member: {
    "/kommune": 200,
    "/kommune/team": 200,
    "/kommune/einstellungen": 403,
    "/kommune/massnahmen": 200,
    "/kommune/massnahmen/neu": 200,
    "/kommune/befragungen": 200,
    "/konto": 200,
    "/beratung": 403,
    "/admin": 403,
    "/admin/sprachen": 403,
  },
  owner: {
    "/kommune": 200,
    "/kommune/team": 200,
    "/kommune/einstellungen": 200,
    "/kommune/massnahmen": 200,
    "/kommune/massnahmen/neu": 200,
    "/kommune/befragungen": 200,
    "/konto": 200,
    "/beratung": 403,
    "/admin": 403,
    "/admin/sprachen": 403,
  },
  advisor: {
    "/kommune": 403,
    "/kommune/team": 403,
    "/kommune/einstellungen": 403,
    "/kommune/massnahmen": 403,
    "/kommune/massnahmen/neu": 403,
    "/kommune/befragungen": 403,
    "/konto": 200,
    "/beratung": 200,
    "/admin": 403,
    "/admin/sprachen": 403,
  },
  admin: {
    "/kommune": 403,
    "/kommune/team": 403,
    "/kommune/einstellungen": 403,
    "/kommune/massnahmen": 403,
    "/kommune/massnahmen/neu": 403,
    "/kommune/befragungen": 403,
    "/konto": 200,
    "/beratung": 200,
    "/admin": 200,
    "/admin/sprachen": 200,
  },
};

let memberEmail: string;
test.beforeAll(async () => {
  memberEmail = uniqueEmail("mitglied");
  await createUser({ email: memberEmail, organisationOf: DEMO.kommune, membershipRole: "member" });
});

async function pageFor(browser: Browser, who: keyof typeof MATRIX) {
  const page = await newPerson(browser);
  const email = { anonymous: null, member: memberEmail, owner: DEMO.kommune, advisor: DEMO.advisor, admin: DEMO.admin }[who];
  if (email) await signIn(page, email);
  return page;
}

for (const who of Object.keys(MATRIX)) {
  test(`access matrix: ${who}`, async ({ browser }) => {
    const page = await pageFor(browser, who);
    for (const area of AREAS) {
      const expected = MATRIX[who]![area];
      const response = await page.goto(area);
      if (expected === "anmelden") {
        // Back to exactly the page asked for after sign-in, not just to its area.
        expect(new URL(page.url()).pathname, area).toBe("/anmelden");
        expect(new URL(page.url()).searchParams.get("weiter"), area).toBe(area);
      } else {
        expect(response?.status(), `${who} ${area}`).toBe(expected);
        if (expected === 200) await expectNoAxeViolations(page);
        else await expect(page.getByRole("heading", { level: 1, name: "Kein Zugriff" })).toBeVisible();
      }
    }
    await page.close();
  });
}

test("only admins download a language's translations", async ({ browser }) => {
  const expected = { anonymous: 401, member: 403, owner: 403, advisor: 403, admin: 200 } as const;
  for (const who of Object.keys(expected) as (keyof typeof expected)[]) {
    const page = await pageFor(browser, who);
    const response = await page.request.get("/admin/sprachen/tr/datei");
    expect(response.status(), who).toBe(expected[who]);
    if (who === "admin") expect(response.headers()["content-type"]).toContain("spreadsheetml");
    else expect((await response.body()).subarray(0, 2).toString()).not.toBe("PK"); // no .xlsx (a zip) for anyone else
    await page.close();
  }
  const admin = await pageFor(browser, "admin");
  expect((await admin.request.get("/admin/sprachen/xx/datei")).status()).toBe(404);
  await admin.close();
});

test("an owner of B cannot change a member of A, even by forging the user id in the form", async ({ browser }) => {
  const page = await pageFor(browser, "owner");
  const { rows } = await testDb().query<{ id: string }>("SELECT id FROM users WHERE email = $1", [memberEmail]);
  const victimId = rows[0]!.id;
  await page.close();

  const attacker = await newPerson(browser);
  await signIn(attacker, DEMO.kommune2);
  await attacker.goto("/kommune/team");
  await expect(attacker.getByText(memberEmail)).toHaveCount(0);
  // Point the hidden id of B's own member row at A's member, then submit the real form.
  const removeForm = attacker.getByRole("form", { name: /entfernen$/ }).first();
  await removeForm.getByRole("button").click(); // opens the in-page question
  await removeForm.locator('input[name="userId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), victimId);
  await removeForm.getByRole("button", { name: "Ja, entfernen" }).click();
  await expect(removeForm.getByRole("alert").filter({ hasText: "Diese Person gehört nicht zu Ihrem Team." })).toBeVisible();

  const roleForm = attacker.getByRole("form", { name: /^Rolle von/ }).first();
  await roleForm.locator('input[name="userId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), victimId);
  await roleForm.getByRole("button", { name: "Rolle ändern" }).click();
  await expect(roleForm.getByRole("alert").filter({ hasText: "Diese Person gehört nicht zu Ihrem Team." })).toBeVisible();

  const membership = await testDb().query("SELECT role FROM memberships WHERE user_id = $1", [victimId]);
  expect(membership.rows).toEqual([{ role: "member" }]);
});

test("a deactivated user's open session is refused on the next request", async ({ browser }) => {
  const email = uniqueEmail("deaktiviert");
  await createUser({ email, organisationOf: DEMO.kommune2 });
  const user = await newPerson(browser);
  await signIn(user, email);
  await user.goto("/kommune");
  await expect(user.getByRole("heading", { level: 1 })).toHaveText("Stadt Beispielstadt");

  const admin = await newPerson(browser);
  await signIn(admin, await newStaffAccount("admin"));
  await admin.goto(`/admin?q=${encodeURIComponent(email)}`);
  await admin.getByRole("button", { name: `Test ${email.split("@")[0]} (${email}) deaktivieren` }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Das Konto wurde deaktiviert" })).toBeVisible();

  await user.goto("/kommune");
  await expect(user).toHaveURL(/\/anmelden/);
  await user.getByLabel("E-Mail").fill(email);
  await user.getByLabel("Passwort", { exact: true }).fill(DEMO_PASSWORD);
  await user.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(user.getByRole("alert").filter({ hasText: "Dieses Konto ist deaktiviert" })).toBeVisible();
});

test("a role change takes effect on the next request", async ({ browser }) => {
  const email = uniqueEmail("befoerdert");
  await createUser({ email, organisationOf: DEMO.kommune2 });
  const user = await newPerson(browser);
  await signIn(user, email);
  expect((await user.goto("/beratung"))?.status()).toBe(403);

  await testDb().query("UPDATE users SET role = 'advisor', session_version = session_version + 1 WHERE email = $1", [email]);
  await user.goto("/beratung");
  await expect(user).toHaveURL(/\/anmelden/);
  await signIn(user, email);
  expect((await user.goto("/beratung"))?.status()).toBe(200);
});

test("a sign-in form posted from a foreign origin is rejected", async ({ page, request, baseURL }) => {
  await page.goto("/anmelden");
  // The progressive-enhancement fields React renders into the form identify the server action.
  const hidden = await page
    .locator('form input[type="hidden"]')
    .evaluateAll((inputs) => inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value] as const));
  const post = (origin: string) =>
    request.post("/anmelden", {
      headers: { Origin: origin },
      multipart: Object.fromEntries([...hidden, ["email", DEMO.kommune], ["password", DEMO_PASSWORD]]),
      maxRedirects: 0,
    });
  const session = (headers: { name: string; value: string }[]) =>
    headers.some((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("authjs.session-token"));

  const foreign = await post("https://angreifer.example");
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  expect(session(foreign.headersArray())).toBe(false);

  // The same post from the portal's own origin signs in: the refusal above is about the origin.
  const own = await post(new URL(baseURL!).origin);
  expect(session(own.headersArray())).toBe(true);
});

test("a person in two Kommunen switches between them; acting in one never touches the other", async ({ page }) => {
  const email = uniqueEmail("zwei-kommunen");
  await createUser({ email, organisationOf: DEMO.kommune, membershipRole: "member" });
  await testDb().query(
    `INSERT INTO memberships (user_id, organisation_id, role)
     SELECT u.id, o.id, 'member' FROM users u, organisations o WHERE u.email = $1 AND o.name = 'Stadt Beispielstadt'`,
    [email],
  );
  await signIn(page, email);
  await page.goto("/kommune");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Markt Musterhausen");
  await expectNoAxeViolations(page);

  // The header names the active Kommune and switches; the choice holds for the session.
  await page.getByLabel("Aktive Kommune").first().selectOption({ label: "Stadt Beispielstadt" });
  await page.getByRole("button", { name: "Kommune wechseln" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stadt Beispielstadt");
  await page.goto("/kommune/team");
  await expect(page.getByText(DEMO.kommune2)).toBeVisible();
  await expect(page.getByText(DEMO.kommune, { exact: true })).toHaveCount(0);
  const csv = await (await page.request.get("/kommune/export")).text();
  expect(csv).not.toContain("Beschluss des Marktgemeinderats"); // a note of Markt Musterhausen

  // Work in B: a new draft and a save land in Beispielstadt, never in Musterhausen.
  const before = await testDb().query(
    "SELECT count(*)::int AS n FROM checks c JOIN organisations o ON o.id = c.organisation_id WHERE o.name = 'Markt Musterhausen'",
  );
  await openDraftFromOverview(page);
  await expect(page).toHaveURL(/\/kommune\/checks\/[0-9a-f-]{36}$/);
  const draftId = page.url().split("/").pop()!;
  const { rows } = await testDb().query("SELECT o.name FROM checks c JOIN organisations o ON o.id = c.organisation_id WHERE c.id = $1", [draftId]);
  expect(rows[0].name).toBe("Stadt Beispielstadt");
  const after = await testDb().query(
    "SELECT count(*)::int AS n FROM checks c JOIN organisations o ON o.id = c.organisation_id WHERE o.name = 'Markt Musterhausen'",
  );
  expect(after.rows[0].n).toBe(before.rows[0].n);

  // A check of the other Kommune is not reachable while this one is active, and a forged choice of a
  // Kommune the person does not belong to is refused.
  const { rows: musterhausen } = await testDb().query(
    "SELECT c.id FROM checks c JOIN organisations o ON o.id = c.organisation_id WHERE o.name = 'Markt Musterhausen' AND c.status <> 'draft' LIMIT 1",
  );
  expect((await page.goto(`/kommune/checks/${musterhausen[0].id}/ergebnis`))?.status()).toBe(404);
  await page.goto("/konto");
  await expect(page.getByRole("region", { name: "Ihre Kommunen" })).toContainText("Stadt Beispielstadt");
  const select = page.getByRole("region", { name: "Ihre Kommunen" }).getByLabel("Aktive Kommune");
  await select.evaluate((el) => {
    const option = document.createElement("option");
    option.value = "00000000-0000-4000-8000-000000000000";
    option.text = "Fremde Kommune";
    el.appendChild(option);
  });
  await select.selectOption({ label: "Fremde Kommune" });
  await page.getByRole("region", { name: "Ihre Kommunen" }).getByRole("button", { name: "Kommune wechseln" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "nicht gefunden" })).toBeVisible();
  await page.goto("/kommune");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stadt Beispielstadt");
});
