/** Translations of the guest pages imported after a review (lib/services/translations.ts says how they are used). */
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { translations } from "@/db/schema";

export interface StoredTranslation {
  key: string;
  text: string;
  state: "draft" | "reviewed";
  sourceHash: string;
  note: string;
}

export async function listTranslations(db: Executor, locale: string): Promise<StoredTranslation[]> {
  return db
    .select({ key: translations.key, text: translations.text, state: translations.state, sourceHash: translations.sourceHash, note: translations.note })
    .from(translations)
    .where(eq(translations.locale, locale));
}

/** Every imported translation, for the overview of all languages. */
export async function listAllTranslations(db: Executor) {
  return db.select({ locale: translations.locale, key: translations.key, state: translations.state, sourceHash: translations.sourceHash }).from(translations);
}

/** Stores checked translations (replacing what was stored for their keys). */
export async function storeReviewedTranslations(
  db: Executor,
  locale: string,
  rows: readonly { key: string; text: string; sourceHash: string; note: string }[],
  userId: string,
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(translations)
    .values(rows.map((row) => ({ locale, ...row, state: "reviewed" as const, updatedBy: userId })))
    .onConflictDoUpdate({
      target: [translations.locale, translations.key],
      set: {
        text: sql`excluded.text`,
        state: sql`excluded.state`,
        sourceHash: sql`excluded.source_hash`,
        note: sql`excluded.note`,
        updatedBy: userId,
        updatedAt: sql`now()`,
      },
    });
}
