import type { Metadata } from "next";
import Link from "next/link";
import { PageShell } from "@/components/layout/page-shell";

export const metadata: Metadata = { title: "Seite nicht gefunden", robots: { index: false } };

export default function NotFound() {
  return (
    <PageShell compact>
      <h1 className="text-3xl font-bold text-brand-900">Seite nicht gefunden</h1>
      <p className="mt-4 max-w-prose">
        Die aufgerufene Adresse gibt es in diesem Portal nicht, oder Sie haben keinen Zugriff auf diese Inhalte. Bitte prüfen Sie die Adresse oder wählen Sie
        einen der folgenden Wege.
      </p>
      <ul className="mt-4 list-disc pl-6">
        <li>
          <Link href="/">Zur Startseite</Link>
        </li>
        <li>
          <Link href="/kurz-check">Zum Kurz-Check</Link>
        </li>
        <li>
          <Link href="/unterstuetzung">Unterstützung und Kontakt</Link>
        </li>
      </ul>
    </PageShell>
  );
}
