import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { OPERATOR } from "@/lib/operator";
import { EmailLink } from "@/components/layout/email-link";

export const metadata: Metadata = {
  title: "Leichte Sprache",
  description: "Hier erklären wir die Internet·seite Kurz-Check Integration in Leichter Sprache. Hier stehen auch die 13 Fragen vom Kurz-Check.",
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

/**
 * The 13 questions of the Kurz-Check in Leichter Sprache: the question, then short explanations.
 * Rules kept throughout (Netzwerk Leichte Sprache, DIN SPEC 33429): one statement per sentence, no
 * passive, goals said as goals ("soll"), every hard word explained at first use, one word for one
 * thing (Chefin/Chef only for the head of the Gemeinde, Stadt or Landkreis; Leiterin/Leiter of an
 * Amt), the Mediopunkt in compound nouns only; "Kurz-Check" keeps its hyphen as a name.
 */
const QUESTIONS: readonly { question: string; explanations: readonly string[] }[] = [
  {
    question: "Hat der Gemeinde·rat entschieden: Wir kümmern uns um Integration?",
    explanations: [
      "Der Gemeinde·rat ist eine Gruppe von Menschen.",
      "Die Bürgerinnen und Bürger wählen diese Menschen.",
      "Der Gemeinde·rat entscheidet über wichtige Dinge in der Gemeinde.",
      "In einem Markt heißt die Gruppe: Markt·gemeinde·rat.",
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
      "Rassismus heißt: Andere Menschen behandeln einen Menschen schlecht.",
      "Der Grund ist zum Beispiel seine Haut·farbe.",
      "Oder der Grund ist seine Herkunft.",
      "Herkunft heißt: Aus diesem Land kommt ein Mensch oder seine Familie.",
    ],
  },
  {
    question: "Hat die Gemeinde einen Plan für die Integration?",
    explanations: [
      "Der Plan heißt auch: Integrations·konzept.",
      "Im Plan stehen Ziele.",
      "Im Plan steht auch: So erreichen wir die Ziele.",
      "Es gibt zum Beispiel Ziele für Sprache, Schule, Arbeit und Wohnen.",
      "Viele Gruppen sollen beim Plan mitmachen.",
      "Zum Beispiel machen die Verwaltung, Vereine und Beratungs·stellen mit.",
      "Ein Verein ist eine Gruppe von Menschen mit einem gemeinsamen Ziel.",
      "Eine Beratungs·stelle ist ein Büro.",
      "Dort bekommen Menschen Hilfe bei Fragen.",
    ],
  },
  {
    question: "Arbeitet in der Verwaltung eine Person nur für Integration?",
    explanations: [
      "Diese Person kümmert sich in der Verwaltung um die Integration.",
      "Die Person heißt: Integrations·beauftragte oder Integrations·beauftragter.",
      "Die Person braucht genug Zeit für die Arbeit.",
      "Die Person braucht auch genug Geld für die Arbeit.",
    ],
  },
  {
    question: "Machen alle Ämter bei der Integration mit?",
    explanations: [
      "Große Gemeinden haben viele Ämter.",
      "Zum Beispiel das Bürger·büro und das Bau·amt.",
      "Im Bürger·büro bekommen Menschen zum Beispiel einen Personal·ausweis.",
      "Das Bau·amt plant zum Beispiel neue Straßen.",
      "Alle Ämter sollen bei der Integration mithelfen.",
      "Dafür soll es feste Regeln geben.",
      "Die Regeln sollen für lange Zeit gelten.",
    ],
  },
  {
    question: "Zeigt die Gemeinde: Neue Bürgerinnen und Bürger sind willkommen?",
    explanations: [
      "Die Gemeinde kann zum Beispiel ein Fest für neue Bürgerinnen und Bürger machen.",
      "Oder die Gemeinde kann Plakate in vielen Sprachen aufhängen.",
      "Die Gemeinde soll auch Danke sagen.",
      "Zum Beispiel: Menschen helfen in einem Verein.",
      "Die Gemeinde sagt: Danke für Ihre Hilfe.",
    ],
  },
  {
    question: "Können alle Menschen in der Gemeinde mitreden und mitmachen?",
    explanations: [
      "Das gilt für Zugewanderte.",
      "Zugewanderte kommen aus einem anderen Land.",
      "Das gilt auch für Einheimische.",
      "Einheimische leben schon lange hier.",
      "Ein Beispiel ist ein Integrations·bei·rat.",
      "Ein Bei·rat ist eine Gruppe von Menschen.",
      "Die Gruppe kümmert sich um ein Thema.",
      "Im Integrations·bei·rat ist das Thema: Integration.",
      "Der Bei·rat gibt dem Gemeinde·rat Tipps.",
      "Ein anderes Beispiel sind Ehren·amtliche.",
      "Ehren·amtliche helfen in ihrer Frei·zeit.",
    ],
  },
  {
    question: "Arbeiten alle Fach·leute gut zusammen?",
    explanations: [
      "Fach·leute sind zum Beispiel Beraterinnen und Berater.",
      "Oder Lehrerinnen und Lehrer in Sprach·kursen.",
      "Die Fach·leute sollen sich oft treffen.",
      "Diese Gruppe heißt: Netz·werk.",
      "Die Gemeinde soll das Netz·werk leiten.",
      "In einem Land·kreis soll das Land·rats·amt das Netz·werk leiten.",
      "Das Land·rats·amt ist die Verwaltung vom Land·kreis.",
    ],
  },
  {
    question: "Arbeiten Zugewanderte in der Verwaltung?",
    explanations: [
      "Die Gemeinde soll Zugewanderten Arbeit in der Verwaltung geben.",
      "Die Gemeinde soll ihnen beim Lernen im Beruf helfen.",
      "Zugewanderte sollen auch ein Amt leiten können.",
    ],
  },
  {
    question: "Lernen die Mit·arbeiterinnen und Mit·arbeiter von der Verwaltung immer wieder dazu?",
    explanations: [
      "Die Mit·arbeiterinnen und Mit·arbeiter sollen Kurse machen.",
      "Die Kurse heißen: Fort·bildungen.",
      "In den Kursen lernen die Mit·arbeiterinnen und Mit·arbeiter: So arbeiten wir gut mit Menschen aus vielen Ländern.",
      "Besonders wichtig sind die Kurse für die Leiterinnen und Leiter von den Ämtern.",
    ],
  },
  {
    question: "Passen die Angebote von der Gemeinde für alle Menschen?",
    explanations: [
      "Angebote sind zum Beispiel die Bücherei, die Musik·schule oder eine Beratung.",
      "Alle Menschen sollen die Angebote gut nutzen können.",
      "Dabei helfen zum Beispiel Informationen in vielen Sprachen.",
      "Auch Informationen in Leichter Sprache helfen.",
    ],
  },
  {
    question: "Gibt es Hilfe bei Diskriminierung?",
    explanations: [
      "Diskriminierung heißt: Jemand behandelt einen Menschen unfair.",
      "In der Verwaltung soll es eine Beschwerde·stelle geben.",
      "Dort können die Mit·arbeiterinnen und Mit·arbeiter sagen: Jemand hat mich unfair behandelt.",
      "Im Gesetz steht: Jede Verwaltung braucht eine Beschwerde·stelle.",
      "Ein Gesetz ist eine Regel vom Staat.",
      "Alle müssen sich an diese Regel halten.",
      "Das Gesetz heißt: AGG.",
      "AGG ist die Abkürzung für: Allgemeines Gleich·behandlungs·gesetz.",
      "Für alle Bürgerinnen und Bürger soll es auch eine Beratungs·stelle geben.",
      "Dort bekommen Menschen Hilfe bei Diskriminierung.",
    ],
  },
  {
    question: "Kümmert sich die Chefin oder der Chef selbst um Integration?",
    explanations: [
      "In einer Gemeinde ist das die Bürger·meisterin oder der Bürger·meister.",
      "In einer großen Stadt heißt das: Ober·bürger·meisterin oder Ober·bürger·meister.",
      "In einem Land·kreis ist das die Land·rätin oder der Land·rat.",
      "Die Chefin oder der Chef soll oft über Integration sprechen.",
      "Das soll sie oder er in der Verwaltung tun.",
      "Und das soll sie oder er in der Öffentlichkeit tun.",
      "Öffentlichkeit heißt: vor allen Menschen.",
    ],
  },
];

export default function EasyLanguagePage() {
  const o = OPERATOR;
  return (
    <div className="max-w-3xl text-lg leading-relaxed">
      <PageHeader title="Informationen in Leichter Sprache" />
      {o.beispiel ? (
        <div className="mb-6 rounded-lg border-2 border-warning-700 bg-warning-100 p-4">
          <Lines
            lines={[
              <strong key="achtung">Achtung: Auf dieser Internet·seite stehen noch Beispiel·angaben.</strong>,
              "Zum Beispiel fehlt noch die E-Mail-Adresse.",
              "Die richtigen Angaben kommen später.",
            ]}
          />
        </div>
      ) : null}

      <Section id="was" title="Was ist diese Internet·seite?">
        <Lines
          lines={[
            "Diese Internet·seite heißt: Kurz-Check Integration.",
            "Die Internet·seite ist für Gemeinden, Städte und Land·kreise in Bayern.",
            "Ein Land·kreis ist eine Gruppe von Gemeinden.",
            "Die Internet·seite hilft bei einer wichtigen Aufgabe.",
            "Die Aufgabe heißt: Integration.",
            "Was Integration heißt: Das steht im nächsten Teil.",
          ]}
        />
      </Section>

      <Section id="integration" title="Was bedeutet Integration?">
        <Lines
          lines={[
            "Viele Menschen ziehen nach Bayern.",
            "Manche kommen aus anderen Ländern.",
            "Diese Menschen heißen: Zugewanderte.",
            "Integration heißt: Alle Menschen sollen dazugehören.",
            "Alle Menschen sollen die gleichen Chancen haben.",
            "Das gilt zum Beispiel bei der Arbeit und in der Schule.",
            "Dafür sollen alle etwas tun.",
            "Die Zugewanderten sollen etwas tun.",
            "Und die Einheimischen sollen auch etwas tun.",
            "Einheimische leben schon lange hier.",
          ]}
        />
      </Section>

      <Section id="chef" title="Was heißt: Integration ist Chef·sache?">
        <Lines
          lines={[
            "Jede Gemeinde hat eine Chefin oder einen Chef.",
            "Auch jede Stadt und jeder Land·kreis hat eine Chefin oder einen Chef.",
            <>
              In einer Gemeinde ist das die <strong>Bürger·meisterin</strong> oder der <strong>Bürger·meister</strong>.
            </>,
            <>
              In einer großen Stadt heißt das: <strong>Ober·bürger·meisterin</strong> oder <strong>Ober·bürger·meister</strong>.
            </>,
            <>
              In einem Land·kreis ist das die <strong>Land·rätin</strong> oder der <strong>Land·rat</strong>.
            </>,
            "Die Land·rätin oder der Land·rat ist ein Mensch.",
            "Der Gemeinde·rat und der Kreis·tag sind Gruppen.",
            "Chef·sache heißt: Die Chefin oder der Chef kümmert sich selbst um Integration.",
            "Das hilft der Integration sehr.",
          ]}
        />
      </Section>

      <Section id="check" title="Was ist der Kurz-Check?">
        <Lines
          lines={[
            "Der Kurz-Check ist eine Liste mit 13 Fragen.",
            "Die Fragen sind für die Verwaltung.",
            "Verwaltung heißt: Diese Menschen arbeiten für die Gemeinde.",
            "Zum Beispiel im Rat·haus.",
            "Die Verwaltung hat verschiedene Teile.",
            "Diese Teile heißen: Ämter.",
            "Jedes Amt hat eigene Aufgaben.",
            "Zu jeder Frage sagt die Verwaltung: So gut machen wir das schon.",
            "Die Antwort ist eine Zahl von 0 bis 100.",
            <>
              Nach der Zahl steht das Wort: <strong>Prozent</strong>.
            </>,
            "Sie können diese Zahlen wählen: 0, 10, 20, 30, 40, 50, 60, 70, 80, 90 oder 100.",
            "0 Prozent heißt: Das fehlt bei uns noch ganz.",
            "100 Prozent heißt: Das machen wir schon sehr gut.",
            "Am Ende zeigt die Internet·seite ein Ergebnis.",
            "Die Internet·seite zeigt auch: Das kann die Gemeinde als Nächstes tun.",
            "Sie können den Kurz-Check ausprobieren.",
            "Zum Ausprobieren geben Sie einfach Ihre Antworten ein.",
            "Ihre Antworten bleiben dann nur auf Ihrem Gerät.",
            "Eine Verwaltung kann sich auch anmelden.",
            "Anmelden heißt: Sie geben Ihre E-Mail-Adresse und Ihr Pass·wort ein.",
            "Dann kann die Verwaltung den Kurz-Check zusammen ausfüllen.",
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
            "Alltags·sprache ist schwerer als Leichte Sprache.",
            "In den Fragen unten steht immer: Gemeinde.",
            "Damit meinen wir auch: Stadt und Land·kreis.",
          ]}
        />
        <ol className="list-decimal space-y-6 ps-6">
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

      <Section id="inhalt" title="Was finden Sie auf dieser Internet·seite?">
        <Lines
          lines={[
            "Oben im Menü stehen 5 Teile.",
            "Integration: Hier steht, was Integration für eine Gemeinde bedeutet.",
            "Erfolgs·faktoren: Hier stehen 14 Dinge. Diese Dinge helfen bei der Integration.",
            "Kurz-Check: Hier können Sie die 13 Fragen ausprobieren.",
            "Vorlagen: Hier stehen Beispiel·texte für die Verwaltung. Die Verwaltung kann die Texte ändern und nutzen.",
            `Unterstützung: Hier steht, wie ${o.project.shortName} hilft. Und wie Sie ${o.project.shortName} erreichen.`,
          ]}
        />
      </Section>

      <Section id="zurechtfinden" title="So finden Sie sich auf der Internet·seite zurecht">
        <Lines
          lines={[
            "Oben auf jeder Seite ist ein Menü.",
            "Im Menü stehen die 5 Teile von der Internet·seite.",
            "Auf dem Handy tippen Sie zuerst auf den Knopf: Menü.",
            "Oben links steht: Kurz-Check Integration. Damit kommen Sie zur Start·seite.",
            "Ganz unten steht der Link: Leichte Sprache. Damit kommen Sie immer zu dieser Seite.",
            "Sie benutzen nur die Tastatur? Drücken Sie die Tab·taste. Dann kommt der Link: Zum Inhalt springen.",
          ]}
        />
      </Section>

      <Section id="schwer" title="Was ist auf der Internet·seite noch schwer?">
        <Lines
          lines={[
            "Alle Menschen sollen die Internet·seite gut nutzen können.",
            "Manche Teile sind noch schwer.",
            "Viele Texte gibt es nur in Alltags·sprache. Zum Beispiel die Erfolgs·faktoren.",
            "Videos in Gebärden·sprache fehlen noch.",
            "Manche Zahlen stehen in Bildern. Die gleichen Zahlen stehen auch in einer Tabelle daneben.",
            <Link key="barrierefreiheit" href="/barrierefreiheit">
              Hier steht mehr dazu in Alltags·sprache.
            </Link>,
          ]}
        />
      </Section>

      <Section id="barriere" title="Sie finden eine Barriere?">
        <Lines
          lines={[
            "Barriere heißt: Etwas auf der Internet·seite ist schwer für Sie.",
            "Dann sagen Sie es uns bitte.",
            <>
              Sie können anrufen: <a href={o.phone.href}>{o.phone.label}</a>
            </>,
            <>
              Oder Sie schreiben eine E-Mail an: <EmailLink email={o.accessibility.feedbackEmail} />
            </>,
            "Sagen Sie uns: Auf welcher Seite ist das Problem?",
            "Wir antworten Ihnen in 1 Monat.",
            "Die Antwort hilft Ihnen nicht? Dann hilft die Schlichtungs·stelle. Das kostet nichts.",
          ]}
        />
      </Section>

      <Section id="mehr" title="Noch mehr in Leichter Sprache">
        <Lines
          lines={[
            "Manche Menschen bekommen einen Link zu einer Befragung oder einem Workshop.",
            "Eine Befragung ist eine Liste mit Fragen.",
            "Ein Workshop ist ein Treffen. Dort arbeiten Menschen zusammen.",
            "Diese Fragen können Sie auch in Leichter Sprache beantworten.",
          ]}
        />
      </Section>

      <Section id="hilfe" title="Wer hilft?">
        <Lines
          lines={[
            `Die Internet·seite kommt von ${o.project.shortName}.`,
            `${o.project.shortName} ist ein Projekt.`,
            "Ein Projekt ist eine Arbeit mit einem bestimmten Ziel.",
            "Das Projekt gehört zu einem Verein.",
            `Der Verein heißt: ${o.organisation.name}.`,
            `${o.project.shortName} hilft Gemeinden, Städten und Land·kreisen bei der Integration.`,
            `${o.project.shortName} beantwortet Fragen und gibt Tipps.`,
            "Sie haben Fragen?",
            <>
              Dann rufen Sie an: <a href={o.phone.href}>{o.phone.label}</a>
            </>,
            <>
              Oder schreiben Sie eine E-Mail an: <EmailLink email={o.email} />
            </>,
            <Link key="adresse" href="/unterstuetzung">
              Hier finden Sie die Adresse von {o.project.shortName}.
            </Link>,
          ]}
        />
      </Section>
    </div>
  );
}
