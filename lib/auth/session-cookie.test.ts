import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { ABSOLUTE_TIMEOUT_SECONDS } from "./session-timeouts";
import { sessionCookieName, sessionFromCookies, type CookieJar } from "./session-cookie";

const SECRET = "unit-test-secret-0123456789-0123456789";
const COOKIE = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";

function jar(cookies: Record<string, string>): CookieJar {
  return {
    get: (name) => (name in cookies ? { value: cookies[name]! } : undefined),
    getAll: () => Object.keys(cookies).map((name) => ({ name })),
  };
}

const now = () => Math.floor(Date.now() / 1000);
const token = (claims: Record<string, unknown>, maxAge = 1800) => encode({ token: claims, secret: SECRET, salt: COOKIE, maxAge });

describe("sessionFromCookies (the session without auth())", () => {
  beforeAll(() => {
    process.env.AUTH_SECRET = SECRET;
  });

  it("reads user and session version from a token Auth.js issued", async () => {
    const value = await token({ uid: "user-1", sv: 3, sid: "session-1", authTime: now() });
    expect(await sessionFromCookies(jar({ [COOKIE]: value }), COOKIE)).toEqual({ userId: "user-1", sessionVersion: 3, sessionId: "session-1" });
    // The second read comes from the cache and gives the same answer.
    expect(await sessionFromCookies(jar({ [COOKIE]: value }), COOKIE)).toEqual({ userId: "user-1", sessionVersion: 3, sessionId: "session-1" });
  });

  it("refuses no cookie, a forged or altered token and one sealed with another secret", async () => {
    const value = await token({ uid: "user-1", sv: 1, sid: "session-1", authTime: now() });
    expect(await sessionFromCookies(jar({}), COOKIE)).toBeNull();
    expect(await sessionFromCookies(jar({ [COOKIE]: "eyJhbGciOiJub25lIn0.eyJ1aWQiOiJ4In0." }), COOKIE)).toBeNull();
    expect(await sessionFromCookies(jar({ [COOKIE]: `${value.slice(0, -4)}AAAA` }), COOKIE)).toBeNull();
    const foreign = await encode({
      token: { uid: "user-1", sv: 1, sid: "session-1", authTime: now() },
      secret: "another-secret-0123456789-0123456789",
      salt: COOKIE,
    });
    expect(await sessionFromCookies(jar({ [COOKIE]: foreign }), COOKIE)).toBeNull();
  });

  it("refuses an expired token and one older than the absolute limit", async () => {
    const expired = await token({ uid: "user-1", sv: 1, sid: "session-1", authTime: now() - 3600 }, -60);
    expect(await sessionFromCookies(jar({ [COOKIE]: expired }), COOKIE)).toBeNull();
    const tooOld = await token({ uid: "user-1", sv: 1, sid: "session-1", authTime: now() - ABSOLUTE_TIMEOUT_SECONDS - 60 });
    expect(await sessionFromCookies(jar({ [COOKIE]: tooOld }), COOKIE)).toBeNull();
  });

  it("refuses a valid token without the portal's claims", async () => {
    expect(await sessionFromCookies(jar({ [COOKIE]: await token({ sub: "user-1", authTime: now() }) }), COOKIE)).toBeNull();
  });

  it("reads only the cookie Auth.js itself would read: on https a plain cookie cannot stand in", async () => {
    delete process.env.AUTH_URL;
    expect(sessionCookieName("https")).toBe(SECURE);
    expect(sessionCookieName("http")).toBe(COOKIE);
    expect(sessionCookieName(null)).toBe(SECURE); // Auth.js assumes https when nothing says otherwise
    const planted = await token({ uid: "attacker", sv: 1, sid: "s", authTime: now() });
    expect(await sessionFromCookies(jar({ [COOKIE]: planted }), SECURE)).toBeNull();
    // A token sealed for one name does not open under the other (the name is the key's salt).
    expect(await sessionFromCookies(jar({ [SECURE]: planted }), SECURE)).toBeNull();
    const proper = await encode({ token: { uid: "user-2", sv: 1, sid: "session-2", authTime: now() }, secret: SECRET, salt: SECURE });
    expect(await sessionFromCookies(jar({ [SECURE]: proper }), SECURE)).toEqual({ userId: "user-2", sessionVersion: 1, sessionId: "session-2" });
  });
});
