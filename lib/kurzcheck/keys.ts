/**
 * The stable keys of the 13 Kurz-Check items, in the brochure's order.
 * They are stored in the database (as a Postgres enum) and used in URLs,
 * so a key is never renamed; new wording goes into the item texts instead.
 */
export const ITEM_KEYS = [
  "beschluss",
  "leitbild",
  "konzept",
  "stabsstelle",
  "querschnitt",
  "willkommen",
  "beteiligung",
  "netzwerk",
  "personal",
  "fortbildung",
  "angebote",
  "antidiskriminierung",
  "chefsache",
] as const;

export type ItemKey = (typeof ITEM_KEYS)[number];

/** The paper scale: 0 % to 100 % in steps of 10. */
export const SCALE = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100] as const;
export type Score = (typeof SCALE)[number];

export const NOTE_MAX_LENGTH = 2000;
/** The longest advisor comment or reply (a check constraint in the database, a limit in the forms). */
export const COMMENT_MAX_LENGTH = 5000;

export function isScore(value: number): value is Score {
  return Number.isInteger(value) && value >= 0 && value <= 100 && value % 10 === 0;
}
