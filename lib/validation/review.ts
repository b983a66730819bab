import { COMMENT_MAX_LENGTH } from "@/lib/kurzcheck/keys";
import { formatNumber } from "@/lib/format";
import { ITEM_KEYS, type ItemKey } from "@/lib/kurzcheck/keys";
import { organisationKindKeys, regierungsbezirkKeys } from "@/lib/organisations";
import { COMMENT_FIELD_PREFIX } from "./review-fields";
import { optionalEnum, text, z } from "./zod";

const uuid = (what: string) => z.uuid({ error: `Unbekannte ${what}.` });
const tooLong = `Der Text darf höchstens ${formatNumber(COMMENT_MAX_LENGTH)} Zeichen lang sein.`;

/** A comment field of the review form; may be empty while drafting. */
const draftText = text({ multiline: true }).max(COMMENT_MAX_LENGTH, { error: tooLong }).optional();
const requiredText = (label: string) =>
  text({ multiline: true, error: `Bitte schreiben Sie ${label}.` })
    .trim()
    .min(1, { error: `Bitte schreiben Sie ${label}.` })
    .max(COMMENT_MAX_LENGTH, { error: tooLong });

export const reviewCommentsSchema = z
  .object({
    checkId: uuid("Prüfung"),
    [`${COMMENT_FIELD_PREFIX}gesamt`]: draftText,
    ...Object.fromEntries(ITEM_KEYS.map((key) => [`${COMMENT_FIELD_PREFIX}${key}`, draftText])),
  })
  .transform(({ checkId, ...fields }) => ({
    checkId: checkId as string,
    drafts: Object.fromEntries(
      Object.entries(fields).map(([name, value]) => [name.slice(COMMENT_FIELD_PREFIX.length), (value as string | undefined) ?? ""]),
    ) as Partial<Record<ItemKey | "gesamt", string>>,
  }));

export const returnCheckSchema = z.object({ checkId: uuid("Prüfung"), reason: requiredText("eine Begründung") });

export const threadReplySchema = z.object({
  checkId: uuid("Prüfung"),
  itemKey: z
    .union([z.literal(""), z.enum(ITEM_KEYS, { error: "Diese Frage gibt es im Kurz-Check nicht." })])
    .optional()
    .transform((value) => (value ? value : null)),
  body: requiredText("eine Antwort"),
});

export const registrationDecisionSchema = z.discriminatedUnion(
  "decision",
  [
    z.object({ organisationId: uuid("Kommune"), decision: z.literal("bestaetigen") }),
    z.object({ organisationId: uuid("Kommune"), decision: z.literal("ablehnen"), reason: requiredText("eine Begründung") }),
  ],
  { error: "Bitte wählen Sie bestätigen oder ablehnen." },
);

export const assignAdvisorSchema = z.object({ organisationId: uuid("Kommune"), advisorId: uuid("Beraterin oder unbekannter Berater") });

/** The query string of /beratung/kommunen; anything unknown falls back to the default instead of failing. */
export const organisationListQuerySchema = z.object({
  q: text().trim().max(100).optional().catch(undefined),
  bezirk: optionalEnum(regierungsbezirkKeys),
  art: optionalEnum(organisationKindKeys),
  bestaetigt: optionalEnum(["ja", "nein"] as const),
  status: optionalEnum(["none", "draft", "submitted", "in_review", "released"] as const),
  sortierung: optionalEnum(["name", "created", "latest"] as const),
  richtung: optionalEnum(["asc", "desc"] as const),
  seite: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
