/**
 * Signed-in editors for the benchmark: owners of generated Kommunen of the
 * national-scale data set, each with a draft check whose 13 answers are saved
 * (copied from the Kommune's latest round, as "Kurz-Check wiederholen" does),
 * signed in through the portal's real sign-in form over HTTP.
 */
import { encode } from "next-auth/jwt";
import type { Pool } from "pg";
import { IDLE_TIMEOUT_SECONDS } from "../../auth/session-timeouts";
import { ITEM_KEYS, type ItemKey } from "../../kurzcheck/keys";

export interface Editor {
  email: string;
  checkId: string;
  /** Cookie header of the signed-in session. */
  cookie: string;
  /** The version of each answer this editor last saw (optimistic locking). */
  versions: Map<ItemKey, number>;
}

/** Ensures a draft with 13 saved answers for the first `count` generated Kommunen; returns owner and draft. */
export async function prepareDrafts(pool: Pool, count: number): Promise<{ email: string; checkId: string }[]> {
  await pool.query(
    `WITH chosen AS (
       SELECT o.id AS organisation_id, m.user_id
       FROM organisations o JOIN memberships m ON m.organisation_id = o.id AND m.role = 'owner'
       WHERE o.name LIKE '%Musterort%' AND o.verified
       ORDER BY o.ags LIMIT $1
     )
     INSERT INTO checks (organisation_id, round_title, status, created_by)
     SELECT organisation_id, 'Kurz-Check 2026 (Messung)', 'draft', user_id FROM chosen
     ON CONFLICT DO NOTHING`,
    [count],
  );
  await pool.query(
    `INSERT INTO answers (check_id, item_key, score, note, updated_by)
     SELECT d.id, a.item_key, a.score, a.note, d.created_by
     FROM checks d
     JOIN LATERAL (SELECT id FROM checks p WHERE p.organisation_id = d.organisation_id AND p.status <> 'draft'
                   ORDER BY p.submitted_at DESC LIMIT 1) latest ON true
     JOIN answers a ON a.check_id = latest.id
     WHERE d.status = 'draft' AND d.round_title = 'Kurz-Check 2026 (Messung)'
     ON CONFLICT DO NOTHING`,
  );
  const { rows } = await pool.query<{ email: string; check_id: string; answered: number }>(
    `SELECT u.email, d.id AS check_id, (SELECT count(*)::int FROM answers a WHERE a.check_id = d.id) AS answered
     FROM checks d JOIN users u ON u.id = d.created_by
     WHERE d.status = 'draft' AND d.round_title = 'Kurz-Check 2026 (Messung)'
     ORDER BY u.email LIMIT $1`,
    [count],
  );
  if (rows.length < count || rows.some((row) => row.answered !== ITEM_KEYS.length)) {
    throw new Error(`expected ${count} drafts with ${ITEM_KEYS.length} answers each, found ${rows.length}`);
  }
  return rows.map((row) => ({ email: row.email, checkId: row.check_id }));
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

const decodeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * Signs in as a browser without JavaScript does: posts the sign-in form of
 * /anmelden (its hidden server-action fields, e-mail and password); returns
 * the session cookie header. Accounts with a second factor are not for this.
 */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const page = await (await fetch(`${base}/anmelden`)).text();
  const form = new FormData();
  for (const match of page.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    form.append(decodeAttribute(match[1]!), decodeAttribute(match[2] ?? ""));
  }
  form.append("email", email);
  form.append("password", password);
  const response = await fetch(`${base}/anmelden`, { method: "POST", redirect: "manual", headers: { Origin: base }, body: form });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in of ${email} failed (${response.status} ${response.headers.get("location")})`);
  return session;
}

export async function signInEditors(base: string, pool: Pool, count: number, password: string): Promise<Editor[]> {
  const drafts = await prepareDrafts(pool, count);
  const { rows } = await pool.query<{ check_id: string; item_key: ItemKey; version: number }>(
    "SELECT check_id, item_key, version FROM answers WHERE check_id = ANY($1::uuid[])",
    [drafts.map((draft) => draft.checkId)],
  );
  const editors: Editor[] = [];
  for (const draft of drafts) {
    const versions = new Map(rows.filter((row) => row.check_id === draft.checkId).map((row) => [row.item_key, row.version]));
    editors.push({ ...draft, cookie: await signIn(base, draft.email, password), versions });
  }
  return editors;
}

/** The latest submitted round of the Kommune that owns `draftId` (the result page of the benchmark). */
export async function latestSubmittedCheck(pool: Pool, draftId: string): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT p.id FROM checks d JOIN checks p ON p.organisation_id = d.organisation_id AND p.status <> 'draft'
     WHERE d.id = $1 ORDER BY p.submitted_at DESC LIMIT 1`,
    [draftId],
  );
  if (!rows[0]) throw new Error(`no submitted round beside draft ${draftId}`);
  return rows[0].id;
}

const BENCH_ADVISOR = "beratung-messung@kurzcheck.invalid";

/**
 * A signed-in advisor for the benchmark. Staff sign in with a second factor,
 * which a load generator cannot type, so the session is made as the sign-in
 * makes it: a user_sessions row and the JWT Auth.js would issue, encrypted
 * with the server's secret. Every request still passes the same checks.
 */
export async function advisorSession(pool: Pool, authSecret: string): Promise<string> {
  const { rows } = await pool.query<{ id: string; session_version: number }>(
    `INSERT INTO users (email, name, password_hash, role, email_confirmed_at, totp_secret, totp_enabled_at)
     VALUES ($1, 'Beratung Messung', 'kein Passwort: nur für die Messung', 'advisor', now(), 'JBSWY3DPEHPK3PXP', now())
     ON CONFLICT (email) DO UPDATE SET disabled = false
     RETURNING id, session_version`,
    [BENCH_ADVISOR],
  );
  const user = rows[0]!;
  const session = await pool.query<{ id: string }>("INSERT INTO user_sessions (user_id, expires_at) VALUES ($1, now() + interval '12 hours') RETURNING id", [
    user.id,
  ]);
  const name = "authjs.session-token";
  const now = Math.floor(Date.now() / 1000);
  const token = await encode({
    token: { uid: user.id, sv: user.session_version, sid: session.rows[0]!.id, authTime: now },
    secret: authSecret,
    salt: name,
    maxAge: IDLE_TIMEOUT_SECONDS,
  });
  return `${name}=${token}`;
}
