/** zod schemas of the account forms, with German messages. */
import { text, z } from "./zod";
import { organisationKindKeys, regierungsbezirkKeys } from "@/lib/organisations";
import { passwordProblem } from "@/lib/auth/password-policy";

const trimmed = (max: number, label: string, min = 1) =>
  text({ error: `Bitte geben Sie ${label} an.` })
    .trim()
    .min(min, { error: min > 1 ? `${label} muss mindestens ${min} Zeichen lang sein.` : `Bitte geben Sie ${label} an.` })
    .max(max, { error: `${label} darf höchstens ${max} Zeichen lang sein.` });

/** An e-mail address; `missing` is the message when it is left empty (whose address is asked for). */
const emailFieldSchema = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .toLowerCase()
    .min(1, { error: missing })
    .max(254, { error: "Die E-Mail-Adresse ist zu lang." })
    .pipe(z.email({ error: "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@gemeinde.de." }));

export const emailSchema = emailFieldSchema("Bitte geben Sie Ihre E-Mail-Adresse an.");
/** The address of a person being invited (team, staff): not "Ihre". */
export const inviteeEmailSchema = emailFieldSchema("Bitte geben Sie die E-Mail-Adresse der Person an, die Sie einladen möchten.");

export const newPasswordSchema = z.string({ error: "Bitte wählen Sie ein Passwort." }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const personNameSchema = trimmed(120, "Ihr Name", 2);

export const organisationFieldsSchema = z.object({
  organisationName: trimmed(200, "Der Name der Kommune", 2),
  kind: z.enum(organisationKindKeys, { error: "Bitte wählen Sie die Art der Kommune." }),
  regierungsbezirk: z.enum(regierungsbezirkKeys, { error: "Bitte wählen Sie den Regierungsbezirk." }),
  ags: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value.replace(/\s/g, "") : null))
    .refine((value) => value === null || /^\d{8}$/.test(value), {
      error: "Der Amtliche Gemeindeschlüssel hat genau 8 Ziffern, z. B. 09162000.",
    })
    .refine((value) => value === null || value.startsWith("09"), {
      error: "Gemeindeschlüssel in Bayern beginnen mit 09.",
    }),
});

export const registrationSchema = organisationFieldsSchema
  .extend({
    name: personNameSchema,
    email: emailSchema,
    password: newPasswordSchema,
    consent: z.literal("ja", { error: "Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben." }),
    trialAnswers: z.string().max(2_000).optional(),
  })
  .superRefine((data, ctx) => {
    const problem = passwordProblem(data.password, data.email);
    if (problem && data.password.toLowerCase() === data.email) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "Bitte geben Sie Ihr Passwort ein." }).max(1024, { error: "Das Passwort ist zu lang." }),
  weiter: z.string().optional(),
});

export const emailOnlySchema = z.object({ email: emailSchema });

export const passwordResetSchema = z.object({
  token: z.string().min(20, { error: "Der Link ist unvollständig." }).max(200),
  password: newPasswordSchema,
});

const tokenSchema = z.string().min(20, { error: "Der Link ist unvollständig." }).max(200);

export const acceptInvitationSchema = z.object({ token: tokenSchema });

export const acceptInvitationNewUserSchema = z.object({
  token: tokenSchema,
  name: personNameSchema,
  password: newPasswordSchema,
  consent: z.literal("ja", { error: "Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben." }),
});

const currentPasswordSchema = z.string().min(1, { error: "Bitte geben Sie Ihr aktuelles Passwort ein." }).max(1024);

export const updateNameSchema = z.object({ name: personNameSchema });
export const changeEmailSchema = z.object({ email: emailSchema, currentPassword: currentPasswordSchema });
export const changePasswordSchema = z.object({ currentPassword: currentPasswordSchema, password: newPasswordSchema });
export const deleteAccountSchema = z.object({
  currentPassword: currentPasswordSchema,
  confirm: z.literal("ja", { error: "Bitte bestätigen Sie, dass Sie Ihr Konto endgültig löschen möchten." }),
});

/** The code of the second sign-in step: six digits from the app, or a recovery code such as "K7M2P-Q9XRT". */
export const secondFactorCodeSchema = z.object({
  code: z
    .string({ error: "Bitte geben Sie den Sicherheitscode ein." })
    .trim()
    .min(1, { error: "Bitte geben Sie den Sicherheitscode ein." })
    .max(40, { error: "Der Sicherheitscode ist zu lang." }),
});

export const secondFactorSetupSchema = z.object({
  code: z
    .string({ error: "Bitte geben Sie den Code aus Ihrer App ein." })
    .trim()
    .min(1, { error: "Bitte geben Sie den Code aus Ihrer App ein." })
    .max(20, { error: "Der Code hat sechs Ziffern." }),
});

export const disableSecondFactorSchema = z.object({ currentPassword: currentPasswordSchema });
