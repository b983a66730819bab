/** A Kommune's draft and a running workshop, the way an owner starts them. */
import { expect, type Page } from "@playwright/test";
import { registerKommune } from "./accounts";

/** Registers a new Kommune and begins its check; returns the check's id. */
export async function freshDraft(page: Page, label: string): Promise<string> {
  await registerKommune(page, label);
  await page.getByRole("button", { name: "Kurz-Check beginnen" }).click();
  await page.waitForURL(/\/kommune\/checks\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

/** "Workshop starten" on the check's perspectives page; the owner is left on the projector view. */
export async function startWorkshop(owner: Page, checkId: string): Promise<{ code: string; workshopId: string; projector: string }> {
  await owner.goto(`/kommune/checks/${checkId}/perspektiven`);
  await owner.getByRole("button", { name: "Workshop starten" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Workshop läuft" })).toBeVisible();
  const code = (await owner.getByText(/^Teilnahmecode: /).innerText()).replace("Teilnahmecode: ", "").trim();
  return { code, workshopId: owner.url().split("/").pop()!, projector: owner.url() };
}
