import { optionalEnum, text, z } from "./zod";
import { inviteeEmailSchema } from "./accounts";

const userId = z.uuid({ error: "Unbekanntes Konto." });

export const changeRoleSchema = z.object({ userId, role: z.enum(["member", "advisor", "admin"], { error: "Bitte wählen Sie eine Rolle." }) });
export const userIdSchema = z.object({ userId });
export const inviteStaffSchema = z.object({ email: inviteeEmailSchema, role: z.enum(["advisor", "admin"], { error: "Bitte wählen Sie eine Rolle." }) });

/** The query string of /admin; anything unknown falls back to the default instead of failing. */
export const userListQuerySchema = z.object({
  q: text().trim().max(100).optional().catch(undefined),
  rolle: optionalEnum(["member", "advisor", "admin"] as const),
  status: optionalEnum(["aktiv", "deaktiviert"] as const),
  seite: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
