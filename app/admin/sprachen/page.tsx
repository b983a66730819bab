import type { Metadata } from "next";
import { getDb } from "@/db";
import { TranslationImport } from "@/components/admin/translation-import";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireRolePage, rolePageMetadata } from "@/lib/auth/guards";
import { formatNumber, formatPercent } from "@/lib/format";
import { translationOverview } from "@/lib/services/translations";
import { importTranslationsAction } from "@/app/admin/actions";

export function generateMetadata(): Promise<Metadata> {
  return rolePageMetadata("Sprachen der Gastseiten", ["admin"]);
}

/** The guest pages' languages: how much of each is checked, the file for a translator, and the way back in. */
export default async function LanguagesPage() {
  const admin = await requireRolePage(["admin"], "/admin/sprachen");
  const languages = await translationOverview(getDb(), admin);
  return (
    <>
      <PageHeader
        eyebrow="Administration"
        title="Sprachen der Gastseiten"
        lead="Wer ohne Konto antwortet – im Workshop, über einen persönlichen Link, in der Befragung –, liest die Seiten in der eigenen Sprache. Hier sehen Sie, wie weit jede Übersetzung geprüft ist."
      />
      <div role="note" className="max-w-3xl rounded border-s-4 border-warning-700 bg-warning-100 p-3">
        <p>
          <strong>Entwürfe:</strong> Die mitgelieferten Übersetzungen hat das Entwicklungsteam geschrieben; eine Muttersprachlerin oder ein Muttersprachler hat
          sie noch nicht geprüft. Gäste sehen sie trotzdem, ohne Hinweis. Bitte lassen Sie jede Sprache vor dem Einsatz in Ihrer Kommune prüfen.
        </p>
      </div>
      <Section id="stand" title="Stand je Sprache" wide>
        <DataTable
          caption="Stand der Übersetzungen je Sprache"
          columns={["Sprache", "geprüft", "Entwurf", "veraltet", "fehlt", "Datei"]}
          rows={languages.map((language) => [
            <span key="name" lang={language.locale === "ls" ? "de" : language.locale}>
              {language.name}
            </span>,
            `${formatNumber(language.counts.reviewed)} (${formatPercent(Math.round((language.counts.reviewed / language.total) * 100))})`,
            formatNumber(language.counts.draft),
            formatNumber(language.counts.outdated),
            formatNumber(language.counts.missing),
            <a key="file" href={`/admin/sprachen/${language.locale}/datei`} download>
              {language.name} herunterladen<span className="sr-only"> (.xlsx)</span>
            </a>,
          ])}
        />
        <p className="text-sm text-muted">
          „Veraltet“ heißt: Der deutsche Text hat sich geändert, nachdem die Übersetzung geprüft wurde. Gäste sehen weiter die alte Übersetzung, bis eine neue
          geprüft ist.
        </p>
      </Section>
      <Section id="ablauf" title="So kommt eine geprüfte Übersetzung ins Portal">
        <ol className="list-decimal space-y-2 ps-6">
          <li>
            Laden Sie die Sprache oben als Excel-Datei herunter. Sie enthält je Zeile den Schlüssel, den deutschen Text, die Übersetzung und ihren Status.
          </li>
          <li>
            Die Übersetzerin oder der Übersetzer ändert nur die Spalten „Übersetzung“, „Status“ und „Anmerkung“. Platzhalter in geschweiften Klammern wie{" "}
            <code>{"{kommune}"}</code> bleiben genau so stehen.
          </li>
          <li>Jede geänderte Zeile und jede Zeile mit dem Status „geprüft“ gilt danach als geprüft.</li>
          <li>
            Laden Sie die Datei hier wieder hoch. Das Portal prüft jede Zeile; ist eine fehlerhaft, wird nichts übernommen und die Meldung nennt die Zeile.
          </li>
        </ol>
      </Section>
      <Section id="einlesen" title="Geprüfte Übersetzung einlesen">
        <TranslationImport importTranslations={importTranslationsAction} languages={languages.map(({ locale, name }) => ({ locale, name }))} />
      </Section>
    </>
  );
}
