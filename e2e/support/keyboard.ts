import type { Page } from "@playwright/test";

/** Presses Tab until a radio of the group `name` has focus (links and fields in between are passed). */
export async function tabIntoGroup(page: Page, name: string, maxTabs = 15) {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.type === "radio" ? el.name : null;
    });
    if (focused === name) return;
  }
  throw new Error(`keyboard focus never reached the radio group ${name}`);
}

/** In a focused radio group starting at "0 %": Space selects it, each ArrowRight moves on by 10 %. */
export async function chooseByKeyboard(page: Page, score: number) {
  await page.keyboard.press("Space");
  for (let step = 0; step < score / 10; step++) await page.keyboard.press("ArrowRight");
}
