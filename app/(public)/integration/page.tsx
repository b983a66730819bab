import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = {
  title: "Was Integration bedeutet",
  description:
    "Integration heißt faire Chancen für alle, ist eine Investition in die Zukunft der Kommune und stärkt den Zusammenhalt vor Ort. Was Gemeinden, Städte und Landkreise gestalten können.",
};

export default function IntegrationPage() {
  return (
    <article>
      <PageHeader
        eyebrow="Grundlagen"
        title="Was Integration für Ihre Kommune bedeutet"
        lead="Ob Menschen, die neu ankommen, ihren Platz finden, zeigt sich vor Ort: in der Kita, im Rathaus, im Sportverein, im Betrieb. Aufenthaltsrecht, Integrationskurse und Schulen regeln Bund und Land. Die Kommune gestaltet, unter welchen Bedingungen das Ankommen vor Ort gelingt und wie sie Zugezogene empfängt."
      />

      <Section id="teilhabe" title="Integration heißt Teilhabe">
        <p>
          Findet eine zugezogene Familie einen Kitaplatz? Bekommt eine Pflegekraft ihren Abschluss anerkannt? Erfährt ein älterer Mann, der vor Jahrzehnten
          eingewandert ist, vom Seniorenprogramm der Gemeinde? An solchen Fragen zeigt sich Teilhabe. Arbeit, Bildung, Beratung, Kultur und Mitsprache sollen
          allen offenstehen, die hier leben. Herkunft, Alter und Geschlecht dürfen darüber nicht entscheiden.
        </p>
        <p>
          Integration verlangt etwas von allen Seiten. Neu Zugezogene lernen die Sprache, die Wege und die Gepflogenheiten ihres Wohnorts kennen. Vereine,
          Betriebe und Verwaltung stellen sich auf neue Mitglieder, Kolleg*innen und Kund*innen ein. Beides braucht Zeit und Gelegenheiten, einander
          kennenzulernen.
        </p>
        <p>
          Was Zuwanderung bedeutet, erleben Kommunen unmittelbar: bei der Anmeldung im Bürgerbüro, bei der Wohnungssuche, in Kita und Schule, im Ehrenamt. Hier
          zeigt sich früh, was gelingt und wo es hakt.
        </p>
      </Section>

      <Section id="investition" title="Integration ist eine Investition">
        <p>
          Ein wichtiger Schlüssel ist Bildung: Sprachkurse, Kita und Schule, Ausbildung, Weiterbildung und die Anerkennung mitgebrachter Abschlüsse. Für Schulen
          und Integrationskurse sind Land und Bund zuständig. Die Kommune kann Angebote bekannt machen, Übergänge verknüpfen und Lücken benennen.
        </p>
        <p>
          Wer gut ausgebildet ist, findet eher Arbeit und kann für sich selbst sorgen. Kommunen können deshalb erwarten, dass sich Ausgaben für Bildung und
          Integration auf längere Sicht auszahlen: durch Fachkräfte für die Betriebe vor Ort, durch Steuereinnahmen und durch ein lebendiges Gemeinwesen. Wie
          groß dieser Nutzen ist, hängt von den Umständen vor Ort ab. Fundierte Einschätzungen zur Lage in Deutschland veröffentlicht zum Beispiel der
          Sachverständigenrat für Integration und Migration in seinen Jahresgutachten.
        </p>
      </Section>

      <Section id="zukunft" title="Integration sichert die Zukunft">
        <p>
          Die Bevölkerung in Bayern wird im Durchschnitt älter und zugleich vielfältiger. Viele Betriebe, Pflegeeinrichtungen und auch Verwaltungen berichten,
          dass sie offene Stellen nur schwer besetzen können.
        </p>
        <p>
          Eine Kommune, die Vielfalt gut gestaltet, kann für Familien, Fachkräfte und Unternehmen attraktiver werden. Das gilt auch für die Kommune als
          Arbeitgeberin: Mitarbeiter*innen mit unterschiedlichen Sprachen und Erfahrungen erreichen mehr Bürger*innen und bringen neue Ideen ein.
        </p>
      </Section>

      <Section id="wir" title="Integration stärkt den Zusammenhalt">
        <p>
          Ob jemand im Ort geboren ist oder vor drei Monaten zugezogen: Wer hier lebt, soll sich als Teil der Gemeinde, der Stadt oder des Landkreises erleben
          können – im Verein, in der Nachbarschaft, bei der Bürgerversammlung. Das beginnt am ersten Tag, etwa mit einem Neubürger*innenempfang.
        </p>
        <p>
          Wo Menschen sich begegnen und gemeinsam etwas bewegen, verlieren Vorurteile an Boden. Konflikte kommen früher zur Sprache, solange sie sich noch gut
          lösen lassen. Eine lebendige Bürgergesellschaft braucht die Beiträge aller, die hier wohnen.
        </p>
      </Section>

      <Section id="bayern" title="Der bayerische Rahmen">
        <p>
          Das Bayerische Integrationsgesetz (BayIntG) vom 13. Dezember 2016 beschreibt Integration als gegenseitige Aufgabe: Der Staat unterstützt Zugewanderte
          mit Angeboten und erwartet, dass sie sich selbst um Sprache und Teilhabe bemühen. Die Kommunen gestalten das Zusammenleben vor Ort – mit Kitas und
          Schulen, Bürgerbüros, Vereinsförderung und Ehrenamt – in eigener Verantwortung; der Kurz-Check fragt nach dieser kommunalen Seite.
        </p>
        <p>
          Der Freistaat fördert Landkreise und kreisfreie Städte, die hauptamtliche Integrationslotsinnen und Integrationslotsen beschäftigen; sie koordinieren
          das Ehrenamt in der Integration und vermitteln zwischen Ehrenamtlichen, Verwaltung und Zugewanderten. Zuständig ist das Bayerische Staatsministerium
          des Innern, für Sport und Integration. (Stand dieser Angaben: Dezember 2026. Förderbedingungen und Fristen ändern sich; bitte prüfen Sie sie vor einem
          Antrag beim Ministerium oder bei Ihrer Regierung.)
        </p>
      </Section>

      <Section id="weiter" title="Was Sie tun können">
        <p>
          Was Kommunen auszeichnet, in denen Integration gelingt, haben wir in den{" "}
          <Link href="/erfolgsfaktoren">Erfolgsfaktoren kommunaler Integrationsarbeit</Link> zusammengestellt. Ein entscheidender Faktor ist, dass die
          Verwaltungsspitze das Thema selbst vertritt: <Link href="/erfolgsfaktoren/chefsache">Integration ist Chefsache</Link>.
        </p>
        <div className="pt-2">
          <ButtonLink href="/kurz-check">Zum Kurz-Check</ButtonLink>
        </div>
      </Section>
    </article>
  );
}
