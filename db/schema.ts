/**
 * The whole data model of the portal. Rules that must hold whatever code writes
 * (score scale, note length, one open draft per Kommune) are constraints here,
 * so a bug in a service cannot store an invalid check.
 */
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { COMMENT_MAX_LENGTH, ITEM_KEYS, NOTE_MAX_LENGTH } from "../lib/kurzcheck/keys";
import { GUEST_LOCALES } from "../lib/i18n/locales";
import { PERSPECTIVE_KEYS } from "../lib/kurzcheck/perspectives";
import { MEASURE_STATUS_KEYS, OPEN_MEASURE_STATUSES } from "../lib/measures";
import { organisationKindKeys, regierungsbezirkKeys } from "../lib/organisations";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/**
 * "Still to do" as SQL on a status column. The statuses are written as
 * literals, not parameters, so the planner can use the partial index
 * measures_open_due_idx; they come from a fixed constant, never from input.
 */
export function openMeasure(status: SQLWrapper): SQL {
  return sql`${status} IN (${sql.raw(OPEN_MEASURE_STATUSES.map((s) => `'${s}'`).join(", "))})`;
}

export const platformRole = pgEnum("platform_role", ["member", "advisor", "admin"]);
export const membershipRole = pgEnum("membership_role", ["owner", "member"]);
export const organisationKind = pgEnum("organisation_kind", organisationKindKeys);
export const regierungsbezirk = pgEnum("regierungsbezirk", regierungsbezirkKeys);
export const checkStatus = pgEnum("check_status", ["draft", "submitted", "in_review", "released"]);
export const itemKey = pgEnum("item_key", ITEM_KEYS);
export const tokenPurpose = pgEnum("token_purpose", ["password_reset", "email_confirmation"]);
export const measureStatus = pgEnum("measure_status", MEASURE_STATUS_KEYS);
export const perspective = pgEnum("perspective", PERSPECTIVE_KEYS);
export const responseSource = pgEnum("response_source", ["link", "workshop"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased; the unique index makes one account per address. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** argon2id in PHC string format. */
    passwordHash: text("password_hash").notNull(),
    role: platformRole("role").notNull().default("member"),
    /** Raised on password change or deactivation; a JWT with an older value is refused. */
    sessionVersion: integer("session_version").notNull().default(1),
    disabled: boolean("disabled").notNull().default(false),
    emailConfirmedAt: timestamp("email_confirmed_at", { withTimezone: true }),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    /** Base32 TOTP secret (RFC 6238) once the second factor is set up; required for advisors and admins. */
    totpSecret: text("totp_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** The last accepted 30-second step: a code is never accepted twice (replay within its window). */
    totpLastStep: integer("totp_last_step"),
    /** A secret shown during set-up, confirmed by a first code before it becomes totpSecret. */
    totpPendingSecret: text("totp_pending_secret"),
    /** The weekly digest of due and overdue measures; switchable off in /konto. */
    measureReminders: boolean("measure_reminders").notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex("users_email_key").on(t.email), check("users_email_lower", sql`${t.email} = lower(${t.email})`), index("users_role_idx").on(t.role)],
);

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: organisationKind("kind").notNull(),
    regierungsbezirk: regierungsbezirk("regierungsbezirk").notNull(),
    /** Amtlicher Gemeindeschlüssel, 8 digits; optional, but unique when given. */
    ags: char("ags", { length: 8 }),
    verified: boolean("verified").notNull().default(false),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    verifiedBy: uuid("verified_by").references(() => users.id, { onDelete: "set null" }),
    /** Set when an advisor declines a registration; the reason goes to the owner. */
    rejectedAt: timestamp("rejected_at", { withTimezone: true }),
    rejectionReason: text("rejection_reason"),
    /** The advisor of the network who looks after this Kommune. */
    assignedAdvisorId: uuid("assigned_advisor_id").references(() => users.id, { onDelete: "set null" }),
    /** SHA-256 of the secret in the calendar feed's address; a new one revokes the old address. */
    calendarTokenHash: text("calendar_token_hash"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("organisations_ags_key").on(t.ags),
    index("organisations_assigned_advisor_idx").on(t.assignedAdvisorId),
    index("organisations_unverified_idx")
      .on(t.createdAt)
      .where(sql`${t.verified} = false AND ${t.rejectedAt} IS NULL`),
    check("organisations_ags_digits", sql`${t.ags} IS NULL OR ${t.ags} ~ '^[0-9]{8}$'`),
    check("organisations_name_length", sql`char_length(${t.name}) BETWEEN 2 AND 200`),
    index("organisations_verified_by_idx").on(t.verifiedBy),
    index("organisations_name_idx").on(sql`lower(${t.name})`),
    index("organisations_district_kind_idx").on(t.regierungsbezirk, t.kind),
    uniqueIndex("organisations_calendar_token_key").on(t.calendarTokenHash),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: membershipRole("role").notNull().default("member"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] }), index("memberships_organisation_idx").on(t.organisationId)],
);

/**
 * An invitation either into a Kommune (organisationId + membershipRole) or,
 * sent by an admin, to a platform role (advisor, admin) without organisation.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    membershipRole: membershipRole("membership_role"),
    platformRole: platformRole("platform_role"),
    /** SHA-256 of the token in the link; the token itself is never stored. */
    tokenHash: text("token_hash").notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_key").on(t.tokenHash),
    index("invitations_organisation_idx").on(t.organisationId),
    index("invitations_invited_by_idx").on(t.invitedBy),
    index("invitations_email_idx").on(t.email),
    check(
      "invitations_target",
      sql`(${t.organisationId} IS NOT NULL AND ${t.membershipRole} IS NOT NULL) OR (${t.organisationId} IS NULL AND ${t.platformRole} IS NOT NULL)`,
    ),
  ],
);

export const checks = pgTable(
  "checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    roundTitle: text("round_title").notNull(),
    status: checkStatus("status").notNull().default("draft"),
    /** Raised on every change of the check itself (status, title): optimistic locking. */
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "set null" }),
    reviewStartedAt: timestamp("review_started_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    releasedAt: timestamp("released_at", { withTimezone: true }),
    releasedBy: uuid("released_by").references(() => users.id, { onDelete: "set null" }),
    /** Why an advisor sent the check back to draft, shown to the Kommune. */
    returnReason: text("return_reason"),
    ...timestamps,
  },
  (t) => [
    index("checks_organisation_created_idx").on(t.organisationId, t.createdAt),
    index("checks_status_submitted_idx").on(t.status, t.submittedAt),
    // The latest submitted round of a Kommune in one index-only probe (statewide figures, history):
    // id is the last key column because drizzle has no INCLUDE.
    index("checks_latest_submitted_idx")
      .on(t.organisationId, t.submittedAt.desc(), t.id)
      .where(sql`${t.status} <> 'draft'`),
    index("checks_created_by_idx").on(t.createdBy),
    index("checks_submitted_by_idx").on(t.submittedBy),
    index("checks_reviewed_by_idx").on(t.reviewedBy),
    index("checks_released_by_idx").on(t.releasedBy),
    // At most one open draft per Kommune: "Kurz-Check beginnen" reopens it instead.
    uniqueIndex("checks_one_draft_per_organisation")
      .on(t.organisationId)
      .where(sql`${t.status} = 'draft'`),
    check("checks_round_title_length", sql`char_length(${t.roundTitle}) BETWEEN 1 AND 120`),
  ],
);

export const answers = pgTable(
  "answers",
  {
    checkId: uuid("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    itemKey: itemKey("item_key").notNull(),
    /** Percent agreement; null while a draft leaves the item open. */
    score: smallint("score"),
    note: text("note").notNull().default(""),
    /** Raised on every save of this item, so a stale write is detected per item. */
    version: integer("version").notNull().default(1),
    /** Taken over from the previous round when the draft was started, and not touched since. */
    carriedOver: boolean("carried_over").notNull().default(false),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.checkId, t.itemKey] }),
    index("answers_updated_by_idx").on(t.updatedBy),
    // Covers the statewide figures: a check's 13 scores from the index alone, no heap visit per answer.
    index("answers_check_scores_idx").on(t.checkId, t.itemKey, t.score),
    check("answers_score_scale", sql`${t.score} IS NULL OR (${t.score} BETWEEN 0 AND 100 AND ${t.score} % 10 = 0)`),
    check("answers_note_length", sql`char_length(${t.note}) <= ${sql.raw(String(NOTE_MAX_LENGTH))}`),
  ],
);

export const reviewComments = pgTable(
  "review_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    checkId: uuid("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    /** null: the overall comment on the check. */
    itemKey: itemKey("item_key"),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    /** Advisor comments stay invisible to the Kommune until released. */
    released: boolean("released").notNull().default(false),
    /** A reply of the Kommune in the thread of an item (visible to both sides at once). */
    fromKommune: boolean("from_kommune").notNull().default(false),
    ...timestamps,
  },
  (t) => [
    index("review_comments_check_item_idx").on(t.checkId, t.itemKey),
    index("review_comments_author_idx").on(t.authorId),
    check("review_comments_body_length", sql`char_length(${t.body}) BETWEEN 1 AND ${sql.raw(String(COMMENT_MAX_LENGTH))}`),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** Dotted verb, e.g. "check.submitted", "auth.sign_in_failed". */
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    index("audit_log_actor_idx").on(t.actorId),
    index("audit_log_organisation_idx").on(t.organisationId),
    index("audit_log_created_idx").on(t.createdAt),
  ],
);

/**
 * One row per signed-in browser. The session cookie carries the row's id; sign-out
 * revokes the row, so a copied cookie stops working at once (a JWT alone could not be ended).
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** The 12-hour absolute limit; the idle limit lives in the cookie. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** The Kommune this browser works in, for people in several; null: the oldest membership. */
    activeOrganisationId: uuid("active_organisation_id").references(() => organisations.id, { onDelete: "set null" }),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId), index("user_sessions_active_organisation_idx").on(t.activeOrganisationId)],
);

/** One-time recovery codes of the second factor, stored as SHA-256 only. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("recovery_codes_user_code_key").on(t.userId, t.codeHash)],
);

/**
 * A measure of a Kommune's plan: what, who, by when, for which items and with
 * which target score for the next round. Audited on every change.
 */
export const measures = pgTable(
  "measures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** A member of the Kommune … */
    responsibleUserId: uuid("responsible_user_id").references(() => users.id, { onDelete: "set null" }),
    /** … or a role such as "Amt für Soziales". */
    responsibleRole: text("responsible_role"),
    dueOn: date("due_on", { mode: "string" }),
    /** The score the Kommune aims for at the next round (0–100 in steps of 10). */
    targetScore: smallint("target_score"),
    /** Or a value an indicator should reach (lib/kurzcheck/indicator-set.ts or an own indicator's id). */
    targetIndicatorKey: text("target_indicator_key"),
    targetIndicatorValue: numeric("target_indicator_value", { precision: 14, scale: 4, mode: "number" }),
    status: measureStatus("status").notNull().default("planned"),
    /** Raised on every change: a stale edit is refused, never applied silently. */
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    index("measures_organisation_idx").on(t.organisationId, t.dueOn),
    index("measures_responsible_idx").on(t.responsibleUserId),
    index("measures_created_by_idx").on(t.createdBy),
    // Reminders look for open measures by due date across all Kommunen.
    index("measures_open_due_idx").on(t.dueOn).where(openMeasure(t.status)),
    check("measures_title_length", sql`char_length(${t.title}) BETWEEN 1 AND 200`),
    check("measures_description_length", sql`char_length(${t.description}) <= 5000`),
    check("measures_role_length", sql`${t.responsibleRole} IS NULL OR char_length(${t.responsibleRole}) BETWEEN 1 AND 120`),
    check("measures_target_scale", sql`${t.targetScore} IS NULL OR (${t.targetScore} BETWEEN 0 AND 100 AND ${t.targetScore} % 10 = 0)`),
    check("measures_indicator_target", sql`(${t.targetIndicatorKey} IS NULL) = (${t.targetIndicatorValue} IS NULL)`),
  ],
);

/** The items a measure works on (one or more of the 13). */
export const measureItems = pgTable(
  "measure_items",
  {
    measureId: uuid("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    itemKey: itemKey("item_key").notNull(),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.itemKey] }), index("measure_items_item_idx").on(t.itemKey)],
);

/**
 * Dated entries under a measure: the Kommune's progress notes, and the
 * advisors' comments (invisible to the Kommune until released, like review comments).
 */
export const measureNotes = pgTable(
  "measure_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    measureId: uuid("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    fromAdvisor: boolean("from_advisor").notNull().default(false),
    released: boolean("released").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("measure_notes_measure_idx").on(t.measureId, t.createdAt),
    index("measure_notes_author_idx").on(t.authorId),
    check("measure_notes_body_length", sql`char_length(${t.body}) BETWEEN 1 AND 5000`),
  ],
);

/**
 * A person invited to answer a round from their perspective, by a personal
 * link (no account): the link's token is stored as a hash only and works for
 * this one questionnaire until it is submitted, the round is submitted or the
 * owner withdraws it.
 */
export const respondents = pgTable(
  "respondents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    checkId: uuid("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** A name or a role ("Leitung Jugendamt"). */
    label: text("label").notNull(),
    email: text("email").notNull(),
    perspective: perspective("perspective").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("respondents_token_hash_key").on(t.tokenHash),
    index("respondents_check_idx").on(t.checkId),
    index("respondents_organisation_idx").on(t.organisationId),
    index("respondents_invited_by_idx").on(t.invitedBy),
    check("respondents_label_length", sql`char_length(${t.label}) BETWEEN 1 AND 120`),
  ],
);

/** A workshop of a round: guests join on their phones with the short code while it is open. */
export const workshops = pgTable(
  "workshops",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    checkId: uuid("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Letters and digits without look-alikes; unique among open workshops. */
    code: text("code").notNull(),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("workshops_open_code_key")
      .on(t.code)
      .where(sql`${t.endedAt} IS NULL`),
    index("workshops_check_idx").on(t.checkId),
    index("workshops_organisation_idx").on(t.organisationId),
    index("workshops_started_by_idx").on(t.startedBy),
  ],
);

/**
 * Who is answering a workshop right now, so the facilitator knows before
 * ending it: a random id the participant's browser makes (nothing that
 * identifies a person, no address), when the questionnaire was started and
 * when it was sent. Deleted with its workshop.
 */
export const workshopParticipants = pgTable(
  "workshop_participants",
  {
    workshopId: uuid("workshop_id")
      .notNull()
      .references(() => workshops.id, { onDelete: "cascade" }),
    participant: uuid("participant").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.workshopId, t.participant] })],
);

/**
 * One questionnaire answered from a perspective: by a personal link (kept
 * while in progress, counted once submitted) or in a workshop (written only
 * when submitted). Anonymous: no name, no address is stored with it.
 */
export const perspectiveResponses = pgTable(
  "perspective_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    checkId: uuid("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    source: responseSource("source").notNull(),
    respondentId: uuid("respondent_id").references(() => respondents.id, { onDelete: "cascade" }),
    workshopId: uuid("workshop_id").references(() => workshops.id, { onDelete: "cascade" }),
    perspective: perspective("perspective").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("perspective_responses_check_idx").on(t.checkId, t.submittedAt),
    uniqueIndex("perspective_responses_respondent_key").on(t.respondentId),
    index("perspective_responses_workshop_idx").on(t.workshopId),
    check(
      "perspective_responses_origin",
      sql`(${t.source} = 'link' AND ${t.respondentId} IS NOT NULL) OR (${t.source} = 'workshop' AND ${t.workshopId} IS NOT NULL)`,
    ),
  ],
);

export const perspectiveAnswers = pgTable(
  "perspective_answers",
  {
    responseId: uuid("response_id")
      .notNull()
      .references(() => perspectiveResponses.id, { onDelete: "cascade" }),
    itemKey: itemKey("item_key").notNull(),
    score: smallint("score"),
    note: text("note").notNull().default(""),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.itemKey] }),
    check("perspective_answers_score_scale", sql`${t.score} IS NULL OR (${t.score} BETWEEN 0 AND 100 AND ${t.score} % 10 = 0)`),
    check("perspective_answers_note_length", sql`char_length(${t.note}) <= ${sql.raw(String(NOTE_MAX_LENGTH))}`),
  ],
);

/**
 * Mails that must go out once only (a weekly digest, a yearly invitation):
 * the key is claimed before sending, so several app instances running the
 * same job send each mail exactly once.
 */
export const sentNotifications = pgTable("sent_notifications", {
  key: text("key").primaryKey(),
  sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Score histograms of a comparison group ("kind:markt", "district:schwaben"):
 * counts per item and score, and per index, over the latest submitted round
 * of every verified Kommune in it. Shared by all app instances; dropped when
 * a Kommune of the group submits or is returned, and recomputed after a
 * quarter of an hour at the latest.
 */
export const groupFigures = pgTable("group_figures", {
  key: text("key").primaryKey(),
  computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  histogram: jsonb("histogram").$type<{ kommunen: number; items: Record<string, number[]>; sums: number[] }>().notNull(),
});

/**
 * Translations of the guest pages imported by an admin after a native
 * speaker checked them (the shipped drafts live in lib/i18n/messages). The
 * fingerprint of the German source they were checked against tells when a
 * changed source makes them outdated.
 */
export const translationState = pgEnum("translation_state", ["draft", "reviewed"]);
export const translations = pgTable(
  "translations",
  {
    locale: text("locale").notNull(),
    key: text("key").notNull(),
    text: text("text").notNull(),
    state: translationState("state").notNull(),
    sourceHash: text("source_hash").notNull(),
    note: text("note").notNull().default(""),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.locale, t.key] }),
    check(
      "translations_locale",
      sql`${t.locale} IN (${sql.raw(
        GUEST_LOCALES.filter((locale) => locale !== "de")
          .map((locale) => `'${locale}'`)
          .join(", "),
      )})`,
    ),
    check("translations_text_length", sql`char_length(${t.text}) <= 4000 AND char_length(${t.note}) <= 2000`),
  ],
);

/** Each run of a scheduled job, for the admins: when, how long, how it ended. */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    job: text("job").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    ok: boolean("ok"),
    summary: text("summary"),
    error: text("error"),
  },
  (t) => [index("job_runs_job_started_idx").on(t.job, t.startedAt)],
);

/** Fixed-window counters (sign-in throttling), shared by every app instance. */
export const rateLimitBuckets = pgTable(
  "rate_limit_buckets",
  {
    key: text("key").primaryKey(),
    count: integer("count").notNull().default(0),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("rate_limit_buckets_window_idx").on(t.windowStartedAt)],
);

/** Password-reset and email-confirmation tokens: stored hashed, single use. */
export const oneTimeTokens = pgTable(
  "one_time_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: tokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull(),
    /** For an email confirmation: the address the link was sent to; it confirms that address only. */
    email: text("email"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("one_time_tokens_token_hash_key").on(t.tokenHash), index("one_time_tokens_user_idx").on(t.userId, t.purpose)],
);

export type User = typeof users.$inferSelect;
export type Organisation = typeof organisations.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Check = typeof checks.$inferSelect;
export type Answer = typeof answers.$inferSelect;
export type ReviewComment = typeof reviewComments.$inferSelect;
export type CheckStatus = (typeof checkStatus.enumValues)[number];
export type Measure = typeof measures.$inferSelect;
export type MeasureStatus = (typeof measureStatus.enumValues)[number];
export type PlatformRole = (typeof platformRole.enumValues)[number];
export type MembershipRole = (typeof membershipRole.enumValues)[number];

/**
 * Resident surveys (lib/kurzcheck/survey.ts): a Kommune asks the people who
 * live there, anonymously, by a code on posters. Nothing that identifies a
 * person is stored — no account, no name, no address, no user agent, the day
 * of a submission only as a date; the answers about the respondent sit in a
 * table of their own and are only read in aggregate.
 */
export const surveys = pgTable(
  "surveys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** Letters and digits without look-alikes; never reused, so an old poster's code says "beendet". */
    code: text("code").notNull(),
    /** The guest languages offered (lib/i18n/locales.ts). */
    languages: text("languages").array().notNull(),
    instrumentVersion: smallint("instrument_version").notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("surveys_code_key").on(t.code),
    index("surveys_organisation_idx").on(t.organisationId),
    check("surveys_title_length", sql`char_length(${t.title}) BETWEEN 1 AND 120`),
  ],
);

export const surveyResponses = pgTable(
  "survey_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    /** Only the day: a time of day could single out a person who was seen answering. */
    submittedOn: date("submitted_on", { mode: "string" })
      .notNull()
      .default(sql`(now() AT TIME ZONE 'Europe/Berlin')::date`),
    locale: text("locale").notNull(),
  },
  (t) => [index("survey_responses_survey_idx").on(t.surveyId)],
);

export const surveyAnswers = pgTable(
  "survey_answers",
  {
    responseId: uuid("response_id")
      .notNull()
      .references(() => surveyResponses.id, { onDelete: "cascade" }),
    statementKey: text("statement_key").notNull(),
    /** 5 "stimme voll zu" … 1 "stimme gar nicht zu", 0 "weiß nicht". */
    value: smallint("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.statementKey] }), check("survey_answers_value", sql`${t.value} BETWEEN 0 AND 5`)],
);

/**
 * Running counts per survey, group of migration history ("mit", "ohne",
 * "rest"), statement and answer, kept in the statement that stores a
 * response: the result page reads a few hundred rows however many answered.
 * survey_answers stays the record these counts can be rebuilt from.
 */
export const surveyCounts = pgTable(
  "survey_counts",
  {
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    migrationGroup: text("migration_group").notNull(),
    statementKey: text("statement_key").notNull(),
    value: smallint("value").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.surveyId, t.migrationGroup, t.statementKey, t.value] }),
    check("survey_counts_group", sql`${t.migrationGroup} IN ('mit', 'ohne', 'rest')`),
  ],
);

/** The optional answers about the respondent: their own table, read only in aggregate (groups of at least ten). */
export const surveyProfiles = pgTable("survey_profiles", {
  responseId: uuid("response_id")
    .primaryKey()
    .references(() => surveyResponses.id, { onDelete: "cascade" }),
  migration: text("migration"),
  age: text("age"),
  residence: text("residence"),
});

/**
 * Indicators a Kommune adds to the core set (lib/kurzcheck/indicator-set.ts)
 * for what matters locally. Their values are stored under the id as key.
 */
export const ownIndicators = pgTable(
  "own_indicators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    definition: text("definition").notNull().default(""),
    unit: text("unit").notNull(),
    direction: text("direction").notNull(),
    source: text("source").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("own_indicators_name_key").on(t.organisationId, sql`lower(${t.name})`),
    index("own_indicators_created_by_idx").on(t.createdBy),
    check("own_indicators_name_length", sql`char_length(${t.name}) BETWEEN 3 AND 160`),
    check("own_indicators_definition_length", sql`char_length(${t.definition}) <= 1000`),
    check("own_indicators_source_length", sql`char_length(${t.source}) <= 300`),
    check("own_indicators_unit", sql`${t.unit} IN ('prozent', 'je100', 'anzahl', 'euro', 'je10000', 'punkte')`),
    check("own_indicators_direction", sql`${t.direction} IN ('steigen', 'sinken', 'beobachten')`),
  ],
);

/** One value per Kommune, indicator and year, with where it came from. */
export const indicatorValues = pgTable(
  "indicator_values",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** A core indicator's key, or an own indicator's id. */
    indicatorKey: text("indicator_key").notNull(),
    year: smallint("year").notNull(),
    value: numeric("value", { precision: 14, scale: 4, mode: "number" }).notNull(),
    source: text("source").notNull().default(""),
    note: text("note").notNull().default(""),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.indicatorKey, t.year] }),
    // The band of similar Kommunen reads one indicator's values of all Kommunen.
    index("indicator_values_indicator_year_idx").on(t.indicatorKey, t.year),
    index("indicator_values_recorded_by_idx").on(t.recordedBy),
    check("indicator_values_year", sql`${t.year} BETWEEN 2000 AND 2100`),
    check("indicator_values_value", sql`${t.value} >= 0`),
    check("indicator_values_source_length", sql`char_length(${t.source}) <= 300`),
    check("indicator_values_note_length", sql`char_length(${t.note}) <= 1000`),
  ],
);

/**
 * Passkeys (WebAuthn credentials) of a person: sign-in without a password,
 * and for staff a second factor instead of TOTP. The public key is stored as
 * the authenticator gave it; the counter and backup state are kept current at
 * every use.
 */
export const passkeys = pgTable(
  "passkeys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The credential's id as base64url, unique across all people. */
    credentialId: text("credential_id").notNull(),
    publicKey: text("public_key").notNull(),
    counter: bigint("counter", { mode: "number" }).notNull().default(0),
    transports: text("transports")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** "singleDevice" or "multiDevice" (synced, e.g. in a password manager). */
    deviceType: text("device_type").notNull(),
    backedUp: boolean("backed_up").notNull(),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("passkeys_credential_key").on(t.credentialId),
    index("passkeys_user_idx").on(t.userId),
    check("passkeys_name_length", sql`char_length(${t.name}) BETWEEN 1 AND 60`),
  ],
);

/**
 * WebAuthn challenges: each valid for two minutes and used once (a DELETE
 * … RETURNING takes it), shared by every app instance.
 */
export const webauthnChallenges = pgTable(
  "webauthn_challenges",
  {
    challenge: text("challenge").primaryKey(),
    purpose: text("purpose").notNull(),
    /** The person a registration or a confirmation is for; null for a sign-in (the passkey names the person). */
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true })
      .notNull()
      .default(sql`now() + interval '2 minutes'`),
  },
  (t) => [
    index("webauthn_challenges_expires_idx").on(t.expiresAt),
    index("webauthn_challenges_user_idx").on(t.userId),
    check("webauthn_challenges_purpose", sql`${t.purpose} IN ('registration', 'sign_in', 'confirmation')`),
  ],
);
