// Rules guarded: an advisor finds a submitted check in the queue, reads it without
// changing its status, begins the review explicitly, comments per item and
// overall, and releases; before that the Kommune sees no comment, in the page or
// in any response; afterwards both sides see answers, notes and comments together
// and reply in the thread. The Kommune's notes stay visible after submission.
// Every /beratung page is for advisors and admins only; an advisor cannot
// write answers; bad comment input gets German messages and is shown as text.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/a11y";
import { createUser, DEMO, latestMail, newPerson, newStaffAccount, registerKommune, signIn, testDb, uniqueEmail } from "./support/accounts";

const DRAFT = "Entwurf: Der Ratsbeschluss ist ein starkes Fundament.";
const NOTE = "Ratsbeschluss vom 12.03.2024, Auftrag an die Verwaltung";
const OVERALL = "Gesamteinschätzung: Sie haben eine gute Grundlage. <script>window.__pwned = 1</script>";

/** Every response body the page receives while `work` runs. */
async function responsesDuring(page: Page, work: () => Promise<void>): Promise<string> {
  const bodies: string[] = [];
  const collect = async (response: import("@playwright/test").Response) => {
    bodies.push(await response.text().catch(() => ""));
  };
  page.on("response", collect);
  await work();
  await page.waitForLoadState("networkidle").catch(() => {});
  page.off("response", collect);
  return bodies.join("\n");
}

test("review, release, reply: the whole feedback loop", async ({ page, browser }) => {
  test.setTimeout(90_000);
  // A Kommune of its own submits a complete check.
  const kommune = await newPerson(browser);
  const ownerEmail = await registerKommune(kommune, "rueckmeldung");
  await kommune.goto("/kommune");
  await kommune.getByRole("button", { name: "Kurz-Check beginnen" }).click();
  await expect(kommune).toHaveURL(/\/kommune\/checks\/[0-9a-f-]{36}$/);
  const checkId = kommune.url().split("/").pop()!;
  for (const group of await kommune.getByRole("radiogroup").all()) await group.getByText("60 %").click();
  await kommune.getByLabel("Anmerkung").first().fill(NOTE);
  await expect(kommune.getByText("13 von 13 beantwortet")).toBeVisible();
  await expect(kommune.getByText(/^Gespeichert \d{2}:\d{2}$/)).toBeVisible();
  await kommune.getByRole("button", { name: "Check einreichen" }).click();
  await kommune.getByRole("button", { name: "Ja, jetzt einreichen" }).click();
  await expect(kommune).toHaveURL(/\/ergebnis$/);
  // The note stays with the round: on the result, the read-only check, the report and in the CSV.
  await expect(kommune.getByRole("region", { name: "Ihre Antworten und Anmerkungen" })).toContainText(NOTE);
  await kommune.goto(`/kommune/checks/${checkId}`);
  await expect(kommune.getByRole("region", { name: "Ihre Antworten und Anmerkungen" })).toContainText(NOTE);
  await kommune.goto(`/kommune/checks/${checkId}/bericht`);
  await expect(kommune.getByRole("table", { name: "Einschätzung je Frage" })).toContainText(NOTE);
  expect(await (await kommune.request.get("/kommune/export")).text()).toContain(NOTE);

  await signIn(page, await newStaffAccount("advisor"));
  // The dashboard shows the oldest waiting checks; this one is found through the list of Kommunen.
  await page.goto("/beratung");
  await expectNoAxeViolations(page);
  await page.goto("/beratung/kommunen?q=rueckmeldung");
  await page.getByRole("link", { name: "Gemeinde rueckmeldung" }).click();
  await page.getByRole("link", { name: /Kurz-Check \d{4}/ }).click();
  await expect(page).toHaveURL(new RegExp(`/beratung/checks/${checkId}$`));
  // Reading changes nothing; the review begins with the explicit step.
  await expect(page.getByText("Status: Eingereicht")).toBeVisible();
  await expect(page.getByRole("region", { name: "Antworten der Kommune" })).toContainText(NOTE);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByText("Status: Eingereicht")).toBeVisible();
  await page.getByRole("button", { name: "Prüfung beginnen" }).click();
  await expect(page.getByText("Status: In Prüfung")).toBeVisible();
  await expectNoAxeViolations(page);

  const comments = page.getByLabel("Kommentar", { exact: true });
  await expect(comments).toHaveCount(14);
  await comments.first().fill(DRAFT);
  await comments.last().fill(OVERALL);
  await page.getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Entwurf gespeichert" })).toBeVisible();

  // Before release the Kommune sees nothing of it, neither on the page nor in what its requests return.
  const seen = await responsesDuring(kommune, async () => {
    await kommune.goto(`/kommune/checks/${checkId}/ergebnis`);
    await kommune.goto(`/kommune/checks/${checkId}/bericht`);
  });
  expect(seen).not.toContain("Ratsbeschluss ist ein starkes");
  expect(seen).not.toContain("Gesamteinschätzung: Sie haben");

  await page.getByRole("button", { name: "Rückmeldung freigeben" }).click();
  await page
    .getByRole("alertdialog", { name: "Rückmeldung jetzt freigeben?" })
    .getByRole("button", { name: "Ja, freigeben und Kommune benachrichtigen" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Die Rückmeldung ist freigegeben" })).toBeVisible();
  // The released review keeps answers, notes and comments together.
  const releasedView = page.getByRole("region", { name: "Antworten der Kommune" });
  await expect(releasedView).toContainText(NOTE);
  await expect(releasedView).toContainText(DRAFT);
  await expect(releasedView).toContainText("60 %");
  await expect(page.getByRole("region", { name: "Rückmeldung der Beratung" })).toContainText("Gesamteinschätzung: Sie haben");
  await expectNoAxeViolations(page);
  expect((await latestMail(ownerEmail, "Rückmeldung")).text).toContain(`/kommune/checks/${checkId}/ergebnis`);

  await kommune.goto(`/kommune/checks/${checkId}/ergebnis`);
  const feedback = kommune.getByRole("region", { name: "Ihre Antworten und Anmerkungen" });
  await expect(feedback).toContainText(DRAFT);
  await expect(feedback).toContainText(NOTE);
  await expect(kommune.getByRole("region", { name: "Rückmeldung der Beratung" })).toContainText("<script>window.__pwned = 1</script>"); // shown as text …
  expect(await kommune.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined(); // … never run
  await expectNoAxeViolations(kommune);
  const thread = feedback.getByRole("listitem").filter({ hasText: "Frage 1: Politischer Beschluss" }).first();
  await thread.getByRole("textbox", { name: "Antwort" }).fill("Danke! Der Beschluss wird 2027 erneuert.");
  await thread.getByRole("button", { name: "Antworten" }).click();
  await expect(feedback).toContainText("Kommune · Olga Owner");

  await page.reload();
  await expect(page.getByText("Danke! Der Beschluss wird 2027 erneuert.")).toBeVisible();
  await page
    .getByRole("listitem")
    .filter({ hasText: "Frage 1: Politischer Beschluss" })
    .first()
    .getByRole("textbox", { name: "Antwort" })
    .fill("Sehr gut, wir begleiten Sie dabei.");
  await page.getByRole("listitem").filter({ hasText: "Frage 1: Politischer Beschluss" }).first().getByRole("button", { name: "Antworten" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ihre Antwort ist gespeichert" })).toBeVisible();
  await kommune.reload();
  await expect(kommune.getByText("Sehr gut, wir begleiten Sie dabei.")).toBeVisible();
  // The CSV carries the released comment beside the note.
  const csv = await (await kommune.request.get("/kommune/export")).text();
  expect(csv).toContain(DRAFT);
});

test("bad input on comments and reasons: German messages, nothing written", async ({ page }) => {
  await signIn(page, await newStaffAccount("advisor"));
  const { rows } = await testDb().query(
    "SELECT c.id FROM checks c JOIN organisations o ON o.id = c.organisation_id WHERE o.name = 'Stadt Beispielstadt' AND c.status = 'submitted'",
  );
  const checkId = rows[0].id as string;
  await page.goto(`/beratung/checks/${checkId}`);
  await page.getByRole("button", { name: "Prüfung beginnen" }).click();
  await page.getByRole("button", { name: "Zurück an die Kommune" }).click();
  await expect(page.getByText("Bitte schreiben Sie eine Begründung.").first()).toBeVisible();

  await page
    .getByLabel("Kommentar", { exact: true })
    .first()
    .evaluate((el) => el.removeAttribute("maxlength"));
  await page.getByLabel("Kommentar", { exact: true }).first().fill("x".repeat(5001));
  await page.getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(page.getByText("Der Text darf höchstens 5.000 Zeichen lang sein.").first()).toBeVisible();

  await page.getByLabel("Kommentar", { exact: true }).first().fill("");
  await page.getByRole("button", { name: "Rückmeldung freigeben" }).click();
  await page
    .getByRole("alertdialog", { name: "Rückmeldung jetzt freigeben?" })
    .getByRole("button", { name: "Ja, freigeben und Kommune benachrichtigen" })
    .click();
  await expect(page.getByRole("alert").filter({ hasText: "mindestens einen Kommentar" })).toBeVisible();
  const comments = await testDb().query("SELECT count(*)::int AS n FROM review_comments WHERE check_id = $1", [checkId]);
  expect(comments.rows[0].n).toBe(0);
  const status = await testDb().query("SELECT status FROM checks WHERE id = $1", [checkId]);
  expect(status.rows[0].status).toBe("in_review");
});

const ADVISOR_PAGES = [
  "/beratung",
  "/beratung/kommunen",
  "/beratung/kommunen?q=Markt&bezirk=oberbayern&sortierung=latest&richtung=desc",
  "/beratung/auswertung",
];

async function advisorPages(): Promise<string[]> {
  const { rows: ids } = await testDb().query(
    "SELECT o.id AS organisation, c.id AS check FROM organisations o JOIN checks c ON c.organisation_id = o.id WHERE o.name = 'Markt Musterhausen' AND c.status <> 'draft' ORDER BY c.created_at LIMIT 1",
  );
  return [...ADVISOR_PAGES, `/beratung/kommunen/${ids[0].organisation}`, `/beratung/checks/${ids[0].check}`];
}

test("advisor pages: anonymous to sign-in, Kommune members 403", async ({ browser }) => {
  const pages = await advisorPages();
  const anonymous = await newPerson(browser);
  for (const path of pages) {
    await anonymous.goto(path);
    await expect(anonymous, path).toHaveURL(/\/anmelden\?weiter=%2Fberatung/);
  }
  const memberEmail = uniqueEmail("kein-berater");
  await createUser({ email: memberEmail, organisationOf: DEMO.kommune });
  for (const email of [DEMO.kommune, memberEmail]) {
    const member = await newPerson(browser);
    await signIn(member, email);
    for (const path of pages) expect((await member.goto(path))?.status(), `${email} ${path}`).toBe(403);
    expect((await member.request.get("/beratung/auswertung/export")).status()).toBe(403);
  }
});

// One test per role: six pages with a full axe run each take their time on a busy machine.
for (const role of ["advisor", "admin"] as const) {
  test(`advisor pages: ${role === "admin" ? "admins" : "advisors"} get 200 and axe clean`, async ({ browser }) => {
    test.setTimeout(60_000);
    const pages = await advisorPages();
    const person = await newPerson(browser);
    await signIn(person, await newStaffAccount(role));
    for (const path of pages) {
      expect((await person.goto(path))?.status(), `${role} ${path}`).toBe(200);
      await expectNoAxeViolations(person);
    }
  });
}

test("an advisor cannot write a Kommune's answers, even with a forged call", async ({ page }) => {
  await signIn(page, await newStaffAccount("advisor"));
  const { rows } = await testDb().query(
    "SELECT c.id FROM checks c JOIN organisations o ON o.id = c.organisation_id WHERE o.name = 'Markt Musterhausen' ORDER BY c.created_at LIMIT 1",
  );
  const response = await page.request.put(`/api/checks/${rows[0].id}/answers/leitbild`, {
    headers: { Origin: new URL(page.url()).origin },
    data: { score: 0, note: "", baseVersion: 1 },
  });
  expect(response.status()).toBe(403);
});

test("the municipality list filters, searches and pages on the server", async ({ page }) => {
  await signIn(page, await newStaffAccount("advisor"));
  await page.goto("/beratung/kommunen");
  await page.getByLabel("Name oder Gemeindeschlüssel").fill("Beispielstadt");
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(/q=Beispielstadt/);
  const table = page.getByRole("table", { name: /Kommunen, Seite 1/ });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("Stadt Beispielstadt");
  await page.getByLabel("Regierungsbezirk").selectOption({ label: "Oberbayern" });
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page.getByText("0 Kommunen entsprechen der Auswahl.")).toBeVisible();
});
