/**
 * What a first visit to a page costs in Chromium: bytes over the wire
 * (headers and compressed bodies, as DevTools counts them) and requests,
 * with an empty cache, until the network is idle.
 */
import { chromium } from "@playwright/test";

export interface PageWeight {
  bytes: number;
  requests: number;
}

/** `cookie` is a Cookie header of one cookie ("name=value"), e.g. a signed-in session. */
export async function pageWeight(url: string, cookie?: string): Promise<PageWeight> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  });
  try {
    const context = await browser.newContext();
    if (cookie) {
      const [name, ...value] = cookie.split("=");
      await context.addCookies([{ name: name!, value: value.join("="), url }]);
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    let bytes = 0;
    let requests = 0;
    cdp.on("Network.requestWillBeSent", () => requests++);
    cdp.on("Network.loadingFinished", (event) => (bytes += event.encodedDataLength));
    const response = await page.goto(url, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    return { bytes, requests };
  } finally {
    await browser.close();
  }
}
