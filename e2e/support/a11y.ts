import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * WCAG 2.1 A/AA checks of the whole page, and axe's best practices (unique landmarks, heading
 * order, …) so they stay at zero too; prints each violation so a failure says what to fix.
 */
export async function expectNoAxeViolations(page: Page) {
  // Next.js streams the metadata of dynamic pages: after a client-side navigation the <title> follows the content.
  await expect.poll(() => page.title(), { message: "the page gets its <title>" }).not.toBe("");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

/** Records every request the page makes to an origin other than the app's own. */
export function collectForeignRequests(page: Page, baseURL: string): string[] {
  const own = new URL(baseURL).origin;
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== own) foreign.push(request.url());
  });
  return foreign;
}
