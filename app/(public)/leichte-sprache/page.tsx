import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = {
  title: "Leichte Sprache",
  description: "Das Portal Kurz-Check Integration in Leichter Sprache erklärt.",
};

export default function EasyLanguagePage() {
  return (
    <div className="max-w-3xl text-lg leading-relaxed">
      <PageHeader title="Informationen in Leichter Sprache" />

      <Section id="was" title="Was ist diese Internet-Seite?">
        <p>Diese Internet-Seite heißt: Kurz-Check Integration.</p>
        <p>Die Seite ist für Gemeinden, Städte und Land-Kreise in Bayern.</p>
        <p>Die Seite hilft bei einer wichtigen Aufgabe: Integration.</p>
      </Section>

      <Section id="integration" title="Was bedeutet Integration?">
        <p>Viele Menschen ziehen nach Bayern. Manche kommen aus anderen Ländern.</p>
        <p>Integration heißt: Alle Menschen gehören dazu.</p>
        <p>Alle Menschen sollen die gleichen Chancen haben. Zum Beispiel bei der Arbeit. Oder in der Schule.</p>
        <p>Dafür müssen alle etwas tun. Die Menschen, die neu kommen. Und die Menschen, die schon hier leben.</p>
      </Section>

      <Section id="chef" title="Was heißt: Integration ist Chef-Sache?">
        <p>Jede Gemeinde hat eine Chefin oder einen Chef.</p>
        <p>
          In einer Gemeinde ist das die <strong>Bürgermeisterin</strong> oder der <strong>Bürgermeister</strong>.
        </p>
        <p>
          In einem Land-Kreis ist das die <strong>Landrätin</strong> oder der <strong>Landrat</strong>.
        </p>
        <p>Integration gelingt besser, wenn sich die Chefin oder der Chef selbst darum kümmert.</p>
      </Section>

      <Section id="check" title="Was ist der Kurz-Check?">
        <p>Der Kurz-Check ist eine Liste mit 13 Fragen.</p>
        <p>Die Fragen sind für die Menschen, die in der Gemeinde arbeiten.</p>
        <p>Zu jeder Frage sagen sie: So gut machen wir das schon.</p>
        <p>
          Das geht in Prozent. <strong>Prozent</strong> ist eine Zahl von 0 bis 100. 0 Prozent heißt: Das machen wir noch
          gar nicht. 100 Prozent heißt: Das machen wir schon sehr gut.
        </p>
        <p>Am Ende zeigt die Seite ein Ergebnis. Und die Seite zeigt: Das kann die Gemeinde als Nächstes tun.</p>
        <p>
          Sie können den Kurz-Check ausprobieren. Dafür brauchen Sie keine Anmeldung.{" "}
          <Link href="/kurz-check">Hier geht es zum Kurz-Check.</Link>
        </p>
      </Section>

      <Section id="hilfe" title="Wer hilft?">
        <p>Die Seite kommt von NIKO. NIKO ist ein Netzwerk in Bayern.</p>
        <p>NIKO berät Gemeinden und Land-Kreise bei der Integration.</p>
        <p>
          Sie haben Fragen? Dann rufen Sie an: <a href="tel:+498941902728">089 41 90 27 28</a>.
        </p>
        <p>
          <Link href="/unterstuetzung">Hier finden Sie die Adresse von NIKO.</Link>
        </p>
      </Section>
    </div>
  );
}
