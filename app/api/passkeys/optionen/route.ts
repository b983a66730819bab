import { cookies } from "next/headers";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { CHALLENGE_COOKIE, openChallenge } from "@/lib/auth/sign-in-tokens";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/route-handlers/client-address";
import { jsonRoute, originMatchesHost, parseJsonBody } from "@/lib/route-handlers/json";
import { confirmationOptions, registrationOptions, signInOptions } from "@/lib/services/passkeys";
import { passkeyPurposeSchema } from "@/lib/validation/passkeys";

export const dynamic = "force-dynamic";

/**
 * The options a browser needs to create or use a passkey, with a fresh
 * challenge (two minutes, used once): "anmelden" for anyone, "hinzufuegen"
 * and "bestaetigen" for the signed-in person, "zweiter-faktor" for the person
 * whose password step is waiting for its second factor. Same origin only.
 */
export async function POST(request: Request) {
  return jsonRoute(async () => {
    if (!originMatchesHost(request.headers.get("origin"), request.headers.get("x-forwarded-host") ?? request.headers.get("host"))) {
      throw new AppError("forbidden", "Anfragen von fremden Seiten werden nicht angenommen.");
    }
    const { zweck, currentPassword } = passkeyPurposeSchema.parse(parseJsonBody(await request.text()));
    const db = getDb();
    const address = clientAddress(request.headers);
    if (zweck === "anmelden") return Response.json(await signInOptions(db, address));
    if (zweck === "zweiter-faktor") {
      const challenge = await openChallenge((await cookies()).get(CHALLENGE_COOKIE)?.value);
      if (!challenge) throw new AppError("unauthenticated", "Die Anmeldung hat zu lange gedauert. Bitte melden Sie sich erneut mit E-Mail und Passwort an.");
      return Response.json(await confirmationOptions(db, challenge.userId, address));
    }
    // A staff member still without a second factor may add a passkey as that factor.
    const user = await requireUser({ secondFactorSetup: zweck === "hinzufuegen" });
    if (zweck === "hinzufuegen") return Response.json(await registrationOptions(db, user, address, currentPassword));
    return Response.json(await confirmationOptions(db, user.id, address));
  });
}
