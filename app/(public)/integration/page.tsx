import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = {
  title: "Was Integration bedeutet",
  description:
    "Integration heißt Teilhabe für alle, ist eine Investition in die Zukunft der Kommune und stärkt das Wir-Gefühl vor Ort. Warum sich kommunales Engagement lohnt.",
};

export default function IntegrationPage() {
  return (
    <article>
      <PageHeader
        eyebrow="Grundlagen"
        title="Was Integration für Ihre Kommune bedeutet"
        lead="Ob Zuwanderung gelingt, entscheidet sich vor Ort: in der Kita, im Rathaus, im Sportverein, am Arbeitsplatz. Deshalb haben Gemeinden, Märkte, Städte und Landkreise die größten Hebel in der Hand."
      />

      <Section id="teilhabe" title="Integration heißt Teilhabe">
        <p>
          Integration bedeutet, dass Arbeit, Bildung, soziale Sicherung, Kultur und politische Mitsprache allen Menschen
          offenstehen – gleich, woher sie kommen, wie alt sie sind oder welches Geschlecht sie haben. Es geht nicht um
          Anpassung einer Seite, sondern um gleiche Chancen.
        </p>
        <p>
          Integration ist ein Prozess, der beide Seiten verändert: Zugewanderte lernen Sprache, Regeln und Gepflogenheiten
          ihres neuen Wohnorts kennen. Einheimische, Vereine und Verwaltung öffnen sich für neue Nachbar*innen, Kolleg*innen
          und Kund*innen. Beides gehört zusammen.
        </p>
        <p>
          Die Folgen von Zuwanderung – die gelungenen wie die schwierigen – spüren Kommunen als Erste. Hier entscheidet sich,
          ob Menschen Wohnung, Arbeit und Anschluss finden.
        </p>
      </Section>

      <Section id="investition" title="Integration ist eine Investition">
        <p>
          Der wichtigste Schlüssel zur Integration ist Bildung: Sprachkurse, Kita und Schule, Ausbildung und Weiterbildung.
          Wer gut ausgebildet ist, findet Arbeit, sichert sein Einkommen selbst und zahlt Steuern und Beiträge.
        </p>
        <p>
          Was eine Kommune heute in Bildung und Integration steckt, kommt später zurück: in Form von Fachkräften für die
          Betriebe vor Ort, geringeren Sozialausgaben und einem lebendigen Gemeinwesen. Versäumte Integration dagegen wird
          teuer – für die Betroffenen und für die Kommune.
        </p>
      </Section>

      <Section id="zukunft" title="Integration sichert die Zukunft">
        <p>
          Die Bevölkerung in Bayern wird älter und zugleich vielfältiger. In vielen Betrieben, in der Pflege, im Handwerk und
          in der Verwaltung selbst fehlen schon heute Fachkräfte.
        </p>
        <p>
          Kommunen, die Vielfalt gut gestalten, sind attraktiver: für Familien, für Unternehmen, die sich ansiedeln wollen,
          und für Menschen, die Arbeit suchen. Vielfalt bringt neue Ideen, Kontakte und Kompetenzen mit – auch für die
          Kommune als Arbeitgeberin.
        </p>
      </Section>

      <Section id="wir" title="Integration stärkt das gemeinsame Wir">
        <p>
          Ziel ist, dass sich alle in ihrer Gemeinde, ihrer Stadt oder ihrem Landkreis zugehörig fühlen – vom ersten Tag an,
          ob sie hier geboren oder zugezogen sind.
        </p>
        <p>
          Wo Menschen teilhaben und mitreden, wächst der soziale Zusammenhalt. Begegnung baut Vorurteile und Diskriminierung
          ab, und Konflikte lassen sich früher und fairer lösen. Eine aktive Bürgergesellschaft braucht alle, die hier leben.
        </p>
      </Section>

      <Section id="weiter" title="Was Sie tun können">
        <p>
          Was erfolgreiche Kommunen auszeichnet, haben wir in den{" "}
          <Link href="/erfolgsfaktoren">Erfolgsfaktoren kommunaler Integrationsarbeit</Link> zusammengestellt. Der wichtigste
          zuerst: <Link href="/erfolgsfaktoren/chefsache">Integration ist Chefsache</Link>.
        </p>
        <div className="pt-2">
          <ButtonLink href="/kurz-check">Zum Kurz-Check</ButtonLink>
        </div>
      </Section>
    </article>
  );
}
