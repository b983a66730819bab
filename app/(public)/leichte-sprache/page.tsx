import type { Metadata } from "next";
import { SampleNotice } from "@/components/layout/sample-notice";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { OPERATOR } from "@/lib/operator";
import { EmailLink } from "@/components/layout/email-link";

export const metadata: Metadata = {
  title: "Leichte Sprache",
  description: "Das Portal Kurz-Check Integration in Leichter Sprache erklärt, mit allen 13 Fragen des Kurz-Checks.",
};

/** One sentence per line: every sentence of the page is its own paragraph. */
function Lines({ lines }: { lines: readonly React.ReactNode[] }) {
  return (
    <>
      {lines.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </>
  );
}

/** The 13 questions of the Kurz-Check in Leichter Sprache: the question, then short explanations. */
const QUESTIONS: readonly { question: string; explanations: readonly string[] }[] = [
  {
    question: "Hat der Gemeinde·rat entschieden: Wir kümmern uns um Integration?",
    explanations: [
      "Der Gemeinde·rat ist eine Gruppe von gewählten Menschen.",
      "Der Gemeinde·rat entscheidet über wichtige Dinge in der Gemeinde.",
      "In einer Stadt heißt die Gruppe: Stadt·rat.",
      "In einem Land·kreis heißt die Gruppe: Kreis·tag.",
    ],
  },
  {
    question: "Hat die Gemeinde ein Leit·bild?",
    explanations: [
      "Ein Leit·bild ist ein Text.",
      "Im Leit·bild steht: Das ist uns wichtig.",
      "Im Leit·bild soll stehen: Alle Menschen gehören dazu.",
      "Im Leit·bild soll auch stehen: Wir sind gegen Rassismus.",
      "Rassismus heißt: Menschen werden schlecht behandelt.",
      "Der Grund ist zum Beispiel ihre Herkunft oder ihre Haut·farbe.",
    ],
  },
  {
    question: "Hat die Gemeinde einen Plan für die Integration?",
    explanations: [
      "Der Plan heißt auch: Integrations·konzept.",
      "Im Plan stehen Ziele.",
      "Im Plan steht auch: So erreichen wir die Ziele.",
      "Zum Beispiel in diesen Bereichen: Sprache, Schule, Arbeit und Wohnen.",
      "Viele Gruppen machen beim Plan mit.",
      "Zum Beispiel die Verwaltung, Vereine und Beratungs·stellen.",
    ],
  },
  {
    question: "Gibt es eine Stelle für Integration?",
    explanations: [
      "An dieser Stelle arbeitet eine Person für Integration.",
      "Die Person heißt: Integrations·beauftragte oder Integrations·beauftragter.",
      "Die Person braucht genug Zeit für die Arbeit.",
      "Die Person braucht auch genug Geld für die Arbeit.",
    ],
  },
  {
    question: "Machen alle Ämter bei der Integration mit?",
    explanations: [
      "Eine Gemeinde hat viele Ämter.",
      "Zum Beispiel das Bürger·büro, das Bau·amt und der Kinder·garten.",
      "Alle Ämter helfen bei der Integration mit.",
      "Das ist fest geregelt.",
      "Und das gilt für lange Zeit.",
    ],
  },
  {
    question: "Zeigt die Gemeinde: Neue Menschen sind willkommen?",
    explanations: [
      "Die Gemeinde macht zum Beispiel ein Fest für neue Bürgerinnen und Bürger.",
      "Oder die Gemeinde hängt Plakate in vielen Sprachen auf.",
      "Die Gemeinde sagt auch Danke.",
      "Zum Beispiel für Hilfe in einem Verein.",
    ],
  },
  {
    question: "Können alle Menschen in der Gemeinde mit·reden und mit·machen?",
    explanations: [
      "Das gilt für Zugewanderte.",
      "Zugewanderte kommen aus einem anderen Land.",
      "Das gilt auch für Einheimische.",
      "Einheimische leben schon lange hier.",
      "Ein Beispiel ist ein Integrations·beirat.",
      "Ein Beirat ist eine Gruppe.",
      "Der Beirat gibt dem Gemeinde·rat Tipps.",
      "Ein anderes Beispiel sind Ehren·amtliche.",
      "Ehren·amtliche helfen in ihrer Frei·zeit.",
    ],
  },
  {
    question: "Arbeiten alle Fach·leute gut zusammen?",
    explanations: [
      "Fach·leute sind zum Beispiel Beraterinnen und Berater.",
      "Oder Lehrerinnen und Lehrer in Sprach·kursen.",
      "Die Fach·leute treffen sich oft.",
      "Diese Gruppe heißt: Netz·werk.",
      "Die Gemeinde leitet das Netz·werk.",
      "In einem Land·kreis leitet das Land·rats·amt das Netz·werk.",
    ],
  },
  {
    question: "Arbeiten Zugewanderte in der Verwaltung?",
    explanations: [
      "Die Gemeinde stellt Zugewanderte ein.",
      "Die Gemeinde hilft ihnen beim Lernen im Beruf.",
      "Zugewanderte können auch Chefin oder Chef werden.",
    ],
  },
  {
    question: "Lernen die Mit·arbeiterinnen und Mit·arbeiter immer wieder dazu?",
    explanations: [
      "Sie lernen in Kursen.",
      "Die Kurse heißen: Fort·bildungen.",
      "Sie lernen dort: So arbeiten wir gut mit Menschen aus vielen Ländern.",
      "Besonders wichtig sind die Kurse für die Chefinnen und Chefs in den Ämtern.",
    ],
  },
  {
    question: "Passen die Angebote der Gemeinde für alle Menschen?",
    explanations: [
      "Angebote sind zum Beispiel die Bücherei, die Musik·schule oder eine Beratung.",
      "Alle Menschen sollen die Angebote gut nutzen können.",
      "Dabei helfen zum Beispiel Infos in vielen Sprachen.",
      "Oder Infos in Leichter Sprache.",
    ],
  },
  {
    question: "Gibt es Hilfe bei Diskriminierung?",
    explanations: [
      "Diskriminierung heißt: Jemand wird unfair behandelt.",
      "In der Verwaltung gibt es eine Beschwerde·stelle.",
      "Dort können sich die Mit·arbeiterinnen und Mit·arbeiter melden.",
      "Das steht in einem Gesetz.",
      "Das Gesetz heißt: AGG.",
      "AGG ist die Abkürzung für: Allgemeines Gleich·behandlungs·gesetz.",
      "Für alle Bürgerinnen und Bürger gibt es eine Beratungs·stelle.",
      "Dort bekommen Menschen Hilfe bei Diskriminierung.",
    ],
  },
  {
    question: "Kümmert sich die Chefin oder der Chef selbst um Integration?",
    explanations: [
      "In einer Gemeinde ist das die Bürger·meisterin oder der Bürger·meister.",
      "In einem Land·kreis ist das die Land·rätin oder der Land·rat.",
      "Die Chefin oder der Chef spricht oft über Integration.",
      "Das macht sie oder er in der Verwaltung.",
      "Und das macht sie oder er in der Öffentlichkeit.",
      "Öffentlichkeit heißt: vor allen Menschen.",
    ],
  },
];

export default function EasyLanguagePage() {
  const o = OPERATOR;
  return (
    <div className="max-w-3xl text-lg leading-relaxed">
      <PageHeader title="Informationen in Leichter Sprache" />
      <SampleNotice />

      <Section id="was" title="Was ist diese Internet·seite?">
        <Lines
          lines={[
            "Diese Internet·seite heißt: Kurz-Check Integration.",
            "Die Seite ist für Gemeinden, Städte und Land·kreise in Bayern.",
            "Ein Land·kreis ist eine Gruppe von Gemeinden.",
            "Die Seite hilft bei einer wichtigen Aufgabe.",
            "Die Aufgabe heißt: Integration.",
          ]}
        />
      </Section>

      <Section id="integration" title="Was bedeutet Integration?">
        <Lines
          lines={[
            "Viele Menschen ziehen nach Bayern.",
            "Manche kommen aus anderen Ländern.",
            "Integration heißt: Alle Menschen gehören dazu.",
            "Alle Menschen sollen die gleichen Chancen haben.",
            "Zum Beispiel bei der Arbeit.",
            "Oder in der Schule.",
            "Dafür tun alle etwas.",
            "Die neuen Menschen tun etwas.",
            "Und die Menschen von hier tun auch etwas.",
          ]}
        />
      </Section>

      <Section id="chef" title="Was heißt: Integration ist Chef·sache?">
        <Lines
          lines={[
            "Jede Gemeinde hat eine Chefin oder einen Chef.",
            <>
              In einer Gemeinde ist das die <strong>Bürger·meisterin</strong> oder der <strong>Bürger·meister</strong>.
            </>,
            <>
              In einem Land·kreis ist das die <strong>Land·rätin</strong> oder der <strong>Land·rat</strong>.
            </>,
            "Chef·sache heißt: Die Chefin oder der Chef kümmert sich selbst um Integration.",
            "Das hilft der Integration sehr.",
          ]}
        />
      </Section>

      <Section id="check" title="Was ist der Kurz-Check?">
        <Lines
          lines={[
            "Der Kurz-Check ist eine Liste mit 13 Fragen.",
            "Die Fragen sind für die Menschen in der Verwaltung.",
            "Die Verwaltung sind die Ämter von der Gemeinde.",
            "Zu jeder Frage sagen die Menschen: So gut machen wir das schon.",
            "Die Antwort ist eine Zahl in Prozent.",
            <>
              <strong>Prozent</strong> ist eine Zahl von 0 bis 100.
            </>,
            "0 Prozent heißt: Das machen wir noch gar nicht.",
            "100 Prozent heißt: Das machen wir schon sehr gut.",
            "Am Ende zeigt die Seite ein Ergebnis.",
            "Die Seite zeigt auch: Das kann die Gemeinde als Nächstes tun.",
            "Sie können den Kurz-Check ausprobieren.",
            "Sie können den Kurz-Check auch ohne Anmeldung nutzen.",
            <Link key="link" href="/kurz-check">
              Hier geht es zum Kurz-Check.
            </Link>,
          ]}
        />
      </Section>

      <Section id="fragen" title="Die 13 Fragen in Leichter Sprache">
        <Lines
          lines={[
            "Hier stehen die 13 Fragen vom Kurz-Check.",
            "Die Fragen sind hier in Leichter Sprache.",
            "Im Kurz-Check selbst stehen die Fragen in Alltags·sprache.",
          ]}
        />
        <ol className="list-decimal space-y-6 pl-6">
          {QUESTIONS.map((item) => (
            <li key={item.question}>
              <p className="font-semibold">{item.question}</p>
              <div className="mt-2 space-y-1">
                <Lines lines={item.explanations} />
              </div>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="hilfe" title="Wer hilft?">
        <Lines
          lines={[
            "Die Seite kommt von NIKO.",
            "NIKO ist ein Projekt.",
            "Ein Projekt ist eine Arbeit mit einem bestimmten Ziel.",
            "Das Projekt gehört zu einem Verein.",
            "Ein Verein ist eine Gruppe von Menschen mit einem gemeinsamen Ziel.",
            "Der Verein heißt: VIA Bayern.",
            "NIKO berät Gemeinden und Land·kreise bei der Integration.",
            "Sie haben Fragen?",
            <>
              Dann rufen Sie an: <a href={o.phone.href}>{o.phone.label}</a>
            </>,
            <>
              Oder schreiben Sie eine E-Mail an: <EmailLink email={o.email} />
            </>,
            <Link key="adresse" href="/unterstuetzung">
              Hier finden Sie die Adresse von NIKO.
            </Link>,
          ]}
        />
      </Section>
    </div>
  );
}
