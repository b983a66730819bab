/**
 * Issue 26's figures of a guest page in a right-to-left language: how long a
 * tap on the scale takes to paint on a slow phone (Interaction to Next
 * Paint, measured with the Event Timing API in Chromium at 4 × CPU slowdown),
 * and what a language's messages add to the page.
 */
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

/** The longest event-handling-to-paint time of `taps` taps on a workshop form's scale, in ms. */
export async function radioTapInp(url: string, taps = 5): Promise<number> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, locale: "ar" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(url, { waitUntil: "networkidle" });
    await page.evaluate(() => {
      const state = window as unknown as { longestInteraction: number };
      state.longestInteraction = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
          if (entry.interactionId) state.longestInteraction = Math.max(state.longestInteraction, entry.duration);
        }
      }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    });
    const scales = page.locator(".scale-option");
    for (let tap = 0; tap < taps; tap++) {
      await scales.nth(tap * 11 + ((tap * 3) % 11)).tap();
      await page.waitForTimeout(300); // let the paint after the tap be reported
    }
    return await page.evaluate(() => (window as unknown as { longestInteraction: number }).longestInteraction);
  } finally {
    await browser.close();
  }
}

/** The gzip-compressed size of the page's HTML (the messages travel inside it, in the React payload). */
export async function gzippedPage(url: string): Promise<{ html: string; gzip: number }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const html = await response.text();
  return { html, gzip: gzipSync(html, { level: 6 }).length };
}
