import { z } from "./zod";
import { emailSchema } from "./accounts";


const userId = z.uuid({ error: "Unbekanntes Konto." });

export const changeRoleSchema = z.object({ userId, role: z.enum(["member", "advisor", "admin"], { error: "Bitte wählen Sie eine Rolle." }) });
export const userIdSchema = z.object({ userId });
export const inviteStaffSchema = z.object({ email: emailSchema, role: z.enum(["advisor", "admin"], { error: "Bitte wählen Sie eine Rolle." }) });
