/**
 * The portal's secrets, read from the environment. Free of Next.js and
 * Auth.js, so the job runner's bundle (commands/jobs.mjs) can seal second-factor
 * secrets without pulling them in.
 */

/** The secrets Auth.js would use: AUTH_SECRET (or NEXTAUTH_SECRET), else the rotation list AUTH_SECRET_1..3. */
export function authSecrets(): string[] {
  const single = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  const secrets = single ? [single] : [1, 2, 3].flatMap((i) => process.env[`AUTH_SECRET_${i}`] ?? []);
  if (secrets.length === 0) throw new Error("AUTH_SECRET is not set: sessions cannot be read.");
  return secrets;
}
