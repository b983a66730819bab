// Rule guarded (issue 16): the statewide figures never let an advisor work out a withheld group by
// subtraction: either no group is withheld, or at least two together holding five Kommunen — in the
// page and in the CSV.
import { expect, test } from "@playwright/test";
import { newStaffAccount, signIn } from "./support/accounts";
import { seedSubmittedKommunen } from "./support/kommunen";

function assertNotRecoverable(rows: { count: number; hidden: boolean }[], where: string) {
  const hidden = rows.filter((row) => row.hidden && row.count > 0);
  const shown = rows.filter((row) => !row.hidden && row.count > 0);
  if (hidden.length === 0) return;
  const safe = (hidden.length >= 2 && hidden.reduce((sum, row) => sum + row.count, 0) >= 5) || shown.length === 0;
  expect(safe, `${where}: ${JSON.stringify(rows)}`).toBe(true);
}

test("a withheld group cannot be recovered from the totals, on the page or in the CSV", async ({ page }) => {
  // Seven Kommunen in Schwaben beside the single demo Kommune in Oberbayern: Schwaben's figure and
  // the total would reveal Oberbayern's index, unless Schwaben is withheld as well.
  await seedSubmittedKommunen(6, { regierungsbezirk: "schwaben", kind: "stadt", scores: 50 });
  await signIn(page, await newStaffAccount("advisor"));
  await page.goto("/beratung/auswertung");
  for (const caption of ["Durchschnittlicher Index nach Regierungsbezirk", "Durchschnittlicher Index nach Art der Kommune"]) {
    const rows = await page
      .getByRole("table", { name: caption })
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => ({ count: Number(tr.children[1]!.textContent), hidden: /verborgen/.test(tr.children[2]!.textContent ?? "") })));
    assertNotRecoverable(rows, caption);
  }
  await expect(page.getByRole("table", { name: "Durchschnittlicher Index nach Regierungsbezirk" })).toContainText(
    "sonst ließe sich eine kleine Gruppe errechnen",
  );

  const csv = await (await page.request.get("/beratung/auswertung/export")).text();
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((line) => line.split(";"));
  for (const area of ["Regierungsbezirk", "Art der Kommune"]) {
    const rows = lines.filter((cells) => cells[0] === area).map((cells) => ({ count: Number(cells[2]), hidden: /verborgen/.test(cells[3] ?? "") }));
    assertNotRecoverable(rows, `CSV ${area}`);
  }
});
