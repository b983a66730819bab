import type { Metadata } from "next";
import Link from "next/link";
import { PageShell } from "@/components/layout/page-shell";
import { FORBIDDEN_TITLE } from "@/lib/auth/guards";

export const metadata: Metadata = { title: FORBIDDEN_TITLE, robots: { index: false } };

export default function Forbidden() {
  return (
    <PageShell compact>
      <h1 className="text-3xl font-bold text-brand-900">Kein Zugriff</h1>
      <p className="mt-4 max-w-prose">
        Dieser Bereich ist für Ihr Konto nicht freigegeben. Wenn Sie meinen, dass das ein Irrtum ist, wenden Sie sich bitte an die Ansprechperson Ihrer Kommune
        oder an das Team von NIKO.
      </p>
      <p className="mt-4">
        <Link href="/">Zur Startseite</Link>
      </p>
    </PageShell>
  );
}
