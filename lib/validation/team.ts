import { z } from "./zod";
import { inviteeEmailSchema } from "./accounts";

export const membershipRoleSchema = z.enum(["owner", "member"], { error: "Bitte wählen Sie eine Rolle." });
const uuid = z.uuid({ error: "Unbekannter Eintrag." });

export const inviteMemberSchema = z.object({ email: inviteeEmailSchema, role: membershipRoleSchema });
export const changeMemberRoleSchema = z.object({ userId: uuid, role: membershipRoleSchema });
export const memberSchema = z.object({ userId: uuid });
export const invitationIdSchema = z.object({ invitationId: uuid });
export const chooseKommuneSchema = z.object({ organisationId: z.uuid({ error: "Bitte wählen Sie eine Ihrer Kommunen." }) });
