/**
 * Which requests are autosaves (the team's check, a guest's personal link):
 * kept apart from the endpoint, which loads the app's modules only when the
 * first save arrives. The paths are those of app/api/README.md.
 */
import type { AutosaveTarget } from "@/lib/route-handlers/autosave";

const CHECK_PATH = /^\/api\/checks\/([^/]+)\/answers\/([^/]+)$/;
const LINK_PATH = /^\/api\/perspektive\/([^/]+)\/antworten\/([^/]+)$/;

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return ""; // malformed escapes: refused as an unknown check or link
  }
}

/** The check or link and item a request addresses, when it is an autosave (any method: others get 405 there). */
export function autosaveTarget(url: string | undefined): AutosaveTarget | null {
  const path = (url ?? "").split("?")[0]!;
  const check = CHECK_PATH.exec(path);
  if (check) return { kind: "check", checkId: decoded(check[1]!), itemKey: decoded(check[2]!) };
  const link = LINK_PATH.exec(path);
  if (link) return { kind: "link", token: decoded(link[1]!), itemKey: decoded(link[2]!) };
  return null;
}
