// Rule guarded (issue 12): the result compares a Kommune with Kommunen like it — same kind, same
// Regierungsbezirk — by median and middle half, only where at least five other Kommunen are in the
// group; below that it says "zu wenige Vergleichswerte". The Kommune itself never counts.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/a11y";
import { createUser, signIn, testDb, uniqueEmail } from "./support/accounts";
import { seedSubmittedKommunen } from "./support/kommunen";

test("the comparison appears for a group of five others and is withheld below", async ({ page }) => {
  const [own] = await seedSubmittedKommunen(1, { regierungsbezirk: "niederbayern", kind: "landkreis", scores: 40, label: "Landkreis Eigen" });
  const email = uniqueEmail("vergleich");
  const userId = await createUser({ email });
  await testDb().query("INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'owner')", [userId, own]);
  const { rows } = await testDb().query<{ id: string }>("SELECT id FROM checks WHERE organisation_id = $1", [own]);
  const resultPath = `/kommune/checks/${rows[0]!.id}/ergebnis`;

  // Four other Landkreise in Niederbayern: too few in both groups.
  await seedSubmittedKommunen(4, {
    regierungsbezirk: "niederbayern",
    kind: "landkreis",
    scores: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 50, 50, 50],
    label: "Landkreis Nachbar",
  });
  await signIn(page, email);
  await page.goto(resultPath);
  const comparison = page.getByRole("region", { name: "Vergleich mit ähnlichen Kommunen" });
  await expect(comparison.getByText(/Landkreise in Bayern: zu wenige Vergleichswerte/)).toBeVisible();
  await expect(comparison.getByText(/Kommunen in Niederbayern: zu wenige Vergleichswerte/)).toBeVisible();
  await expect(comparison.getByRole("table")).toHaveCount(0);

  // A fifth Landkreis elsewhere: the group of the same kind now holds five others and is shown.
  await seedSubmittedKommunen(1, { regierungsbezirk: "oberpfalz", kind: "landkreis", scores: 60, label: "Landkreis Fern" });
  await page.reload();
  await expect(comparison.getByText(/Landkreise in Bayern: Index-Median/)).toContainText("(5 Kommunen)");
  await expect(comparison.getByText(/Kommunen in Niederbayern: zu wenige Vergleichswerte/)).toBeVisible();
  const table = comparison.getByRole("table", { name: "Ihre Einschätzung im Vergleich" });
  await expect(table.getByRole("row", { name: /^1\. Politischer Beschluss/ })).toContainText("40 %"); // own answer
  await expect(table.getByRole("row", { name: /^1\. Politischer Beschluss/ })).toContainText("10 %"); // median of 10,10,10,10,60
  await expect(comparison.getByRole("img", { name: /mittlere Hälfte der Vergleichsgruppen/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
