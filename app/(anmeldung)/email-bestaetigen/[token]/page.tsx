import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { confirmEmail, INVALID_LINK_MESSAGE } from "@/lib/services/accounts";

export const metadata: Metadata = { title: "E-Mail-Adresse bestätigen", robots: { index: false } };

export default async function ConfirmEmailPage({ params }: PageProps<"/email-bestaetigen/[token]">) {
  const { token } = await params;
  const confirmed = await confirmEmail(getDb(), token);
  return (
    <>
      <PageHeader title={confirmed ? "E-Mail-Adresse bestätigt" : "Bestätigung nicht möglich"} />
      <p className="max-w-prose">{confirmed ? "Vielen Dank. Ihre E-Mail-Adresse ist bestätigt." : INVALID_LINK_MESSAGE}</p>
      <p className="mt-4">
        <Link href="/mein-bereich">Weiter zu Ihrem Bereich</Link>
      </p>
    </>
  );
}
