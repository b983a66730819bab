import type { Metadata } from "next";
import Link from "next/link";
import { formatPercent } from "@/lib/format";
import { bandsExplained } from "@/lib/kurzcheck/scoring";
import { TrialCheck } from "@/components/check/trial-check";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = {
  title: "Der Kurz-Check",
  description:
    "13 Fragen zur kommunalen Integrationsarbeit, je von 0 % bis 100 %: so funktioniert der Kurz-Check – und hier können Sie ihn ohne Anmeldung ausprobieren.",
};

export default function KurzCheckPage() {
  return (
    <>
      <PageHeader
        eyebrow="Selbsteinschätzung"
        title="Der Kurz-Check"
        lead="Dreizehn Fragen zeigen, wo Ihre Kommune bei der Integration steht, was schon gut gelingt und wo sich der nächste Schritt lohnt."
      />

      <Section id="so-gehts" title="So funktioniert der Check">
        <ol className="list-decimal space-y-2 pl-6">
          <li>Sie schätzen für jede der 13 Fragen ein, wie weit sie für Ihre Kommune zutrifft – von 0 % bis 100 % in Zehnerschritten.</li>
          <li>
            Der <strong>Index</strong> ist der Mittelwert Ihrer 13 Einschätzungen. Er ordnet Ihre Kommune einer von drei Stufen zu.{" "}
            {bandsExplained(formatPercent)}
          </li>
          <li>
            Zu jeder Frage erhalten Sie einen konkreten nächsten Schritt, der zu Ihrem Stand passt, und einen Link zum passenden{" "}
            <Link href="/erfolgsfaktoren">Erfolgsfaktor</Link>.
          </li>
        </ol>
        <p>
          <strong>Gut zu wissen:</strong> Die 13 Fragen und die Skala von 0 % bis 100 % stammen aus der Broschüre „Integration ist Chefsache!“ (NIKO, 2020). Den
          Index und die drei Stufen hat dieses Portal ergänzt. Sie sind eine eigene Lesehilfe, nicht Teil der Broschüre und kein amtlicher Maßstab.
        </p>
        <p>
          Am aussagekräftigsten wird der Check, wenn mehrere Personen ihn ausfüllen: die Verwaltungsspitze, die*der Integrationsbeauftragte, Amtsleitungen und –
          wo es ihn gibt – der Integrationsbeirat. Unterschiedliche Einschätzungen sind ein guter Anlass für ein Gespräch.
        </p>
        <p>
          Ohne Anmeldung bleiben Ihre Antworten nur in diesem Browser auf Ihrem Gerät; an uns wird nichts übertragen (mehr dazu unter{" "}
          <Link href="/datenschutz#ausprobieren">Datenschutz</Link>). Mit einer <Link href="/registrieren">Registrierung Ihrer Kommune</Link> können Sie den
          Check im Team ausfüllen, einreichen, von den Berater*innen von NIKO kommentieren lassen und Jahr für Jahr vergleichen.
        </p>
      </Section>

      <div className="mt-12">
        <TrialCheck />
      </div>
    </>
  );
}
