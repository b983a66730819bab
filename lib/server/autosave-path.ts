/** Which requests are autosaves: kept apart from the endpoint, which loads the app's modules only when the first save arrives. */
const AUTOSAVE_PATH = /^\/api\/checks\/([^/]+)\/answers\/([^/]+)$/;

/** The check and item a request addresses, when it is an autosave (any method: others get 405 here). */
export function autosaveTarget(url: string | undefined): { checkId: string; itemKey: string } | null {
  const match = AUTOSAVE_PATH.exec((url ?? "").split("?")[0]!);
  if (!match) return null;
  try {
    return { checkId: decodeURIComponent(match[1]!), itemKey: decodeURIComponent(match[2]!) };
  } catch {
    return { checkId: "", itemKey: "" }; // malformed escapes: refused as an unknown check
  }
}
