/**
 * Six templates a Kommune can adapt: council resolution, outline of a mission
 * statement, job description, statute of an integration advisory council,
 * service instruction for the AGG complaints office and a goal agreement.
 * Each becomes a page at /vorlagen/[slug] and a .docx download built from
 * `blocks`. The texts are our own words, written as starting points for
 * Bavarian municipal practice; they are not legal advice, and the last block of
 * every template says who checks it: the legal office, for statutes and council
 * papers the Rechtsaufsichtsbehörde, for personnel papers the Personalrat and the
 * KAV Bayern (never the Kommunalaufsicht). Placeholders stand in square brackets.
 */
import type { FactorSlug } from "@/lib/kurzcheck/factors";
import { TEMPLATE_TITLES, type TemplateSlug } from "./catalog";

export type { TemplateSlug };

export type TemplateBlock =
  /** A section heading inside the template. */
  | { kind: "heading"; text: string }
  /** Body text; placeholders in square brackets, e.g. "[Name der Kommune]". */
  | { kind: "paragraph"; text: string }
  /** Bullet list. */
  | { kind: "list"; items: string[] }
  /** Numbered list, e.g. the paragraphs of a Satzung ("§ 1 …: …"). */
  | { kind: "numbered"; items: string[] };

export interface Template {
  slug: TemplateSlug;
  /** E.g. "Musterbeschluss „Aktive Integrationspolitik“". */
  title: string;
  /** One sentence: what the template is for. */
  summary: string;
  /** When a Kommune uses it and how to adapt it. */
  useWhen: string;
  /** The success factor pages the template belongs to. */
  factors: FactorSlug[];
  /** The template itself. */
  blocks: TemplateBlock[];
}

export const TEMPLATES: readonly Template[] = [
  {
    slug: "musterbeschluss",
    title: TEMPLATE_TITLES["musterbeschluss"],
    summary:
      "Eine Beschlussvorlage, mit der Gemeinderat, Stadtrat oder Kreistag Integration als Aufgabe der ganzen Kommune festlegt und die Verwaltung mit konkreten nächsten Schritten beauftragt.",
    useWhen:
      "Nutzen Sie die Vorlage, wenn Ihre Kommune noch keinen grundsätzlichen Beschluss zur Integrationspolitik hat oder einen älteren Beschluss erneuern möchte. Streichen Sie Beschlusspunkte, die bei Ihnen bereits umgesetzt sind, und wählen Sie Fristen, die zu Ihrem Sitzungskalender und Haushaltsverfahren passen.",
    factors: ["chefsache", "leitbild-und-integrationskonzept"],
    blocks: [
      { kind: "heading", text: "Beschlussvorlage" },
      {
        kind: "list",
        items: [
          "Gremium: [Gemeinderat / Marktgemeinderat / Stadtrat / Kreistag] [Name der Kommune]",
          "Sitzung am: [Datum], [öffentliche Sitzung]",
          "Vorlage Nr.: [Nummer]",
          "Federführend: [Amt oder Stabsstelle], Sachbearbeitung: [Name]",
          "Betreff: Grundsatzbeschluss zu einer aktiven Integrationspolitik in [Name der Kommune]",
        ],
      },
      { kind: "heading", text: "Sachverhalt" },
      {
        kind: "paragraph",
        text: "In [Name der Kommune] leben derzeit rund [Zahl] Einwohner*innen mit ausländischer Staatsangehörigkeit aus [Zahl] Herkunftsländern; das entspricht [Anteil] der Bevölkerung. Hinzu kommen viele Eingebürgerte und Spätaussiedler*innen sowie deren Kinder. [Ergänzen Sie weitere Angaben aus dem Melderegister, etwa die Zuzüge der vergangenen fünf Jahre oder die Zahl der Kinder in Kindertageseinrichtungen, deren Eltern beide nichtdeutschsprachiger Herkunft sind (so erfasst KiBiG.web).]",
      },
      {
        kind: "paragraph",
        text: "Ob das Zusammenleben gelingt, zeigt sich vor Ort: in Kita und Schule, im Betrieb, im Verein, in der Nachbarschaft und im Kontakt mit der Verwaltung. Integrationsarbeit wird in [Name der Kommune] bisher vor allem von [Beratungsdiensten, Wohlfahrtsverbänden, Helferkreisen, Migrant*innenorganisationen] getragen. [Kurze Darstellung der vorhandenen Angebote und der bisherigen Zuständigkeiten in der Verwaltung.] Eine gemeinsame Grundlage mit Zielen, Zuständigkeiten und einem Berichtsweg für die ganze Verwaltung fehlt bislang.",
      },
      {
        kind: "paragraph",
        text: "Die Verwaltung hält eine aktive Integrationspolitik für eine lohnende Investition: Sie hilft örtlichen Betrieben und der Verwaltung selbst bei der Gewinnung von Fachkräften, stärkt den Zusammenhalt und beugt Konflikten vor. Weil nahezu jedes Amt berührt ist, soll Integration als Querschnittsaufgabe organisiert und von der Verwaltungsspitze gesteuert werden. Der folgende Grundsatzbeschluss schafft dafür den Auftrag.",
      },
      { kind: "heading", text: "Finanzielle Auswirkungen" },
      {
        kind: "paragraph",
        text: "Für die Erarbeitung von Leitbild und Integrationskonzept einschließlich der Beteiligungsveranstaltungen werden im Haushaltsjahr [Jahr] Mittel in Höhe von [Betrag] Euro benötigt (Haushaltsstelle [Nummer]). Für die Stelle der*des Integrationsbeauftragten sind [Zahl] Vollzeitäquivalente im Stellenplan [Jahr] vorzusehen. [Angaben zu möglichen Fördermitteln und zum Eigenanteil.]",
      },
      { kind: "heading", text: "Beschlussvorschlag" },
      { kind: "paragraph", text: "Der [Gemeinderat / Marktgemeinderat / Stadtrat / Kreistag] beschließt:" },
      {
        kind: "numbered",
        items: [
          "[Name der Kommune] verfolgt eine aktive Integrationspolitik. Ziel ist, dass alle Einwohner*innen unabhängig von Herkunft, Staatsangehörigkeit, Religion oder Aufenthaltsdauer gleichberechtigt am wirtschaftlichen, sozialen und kulturellen Leben teilhaben und das Gemeinwesen mitgestalten können.",
          "Integration ist eine Querschnittsaufgabe der gesamten Verwaltung. Alle Ämter, Einrichtungen und Eigenbetriebe wirken im Rahmen ihrer Zuständigkeit daran mit. Die Steuerung liegt bei [der*dem Ersten Bürgermeister*in / der*dem Oberbürgermeister*in / der*dem Landrät*in].",
          "Die Verwaltung wird beauftragt, bis [Datum] gemeinsam mit Vertreter*innen der Fraktionen, der Fachdienste, der Wohlfahrtsverbände, der Kirchen und Religionsgemeinschaften, der Vereine, der Migrant*innenorganisationen [und der kreisangehörigen Gemeinden] ein Leitbild und ein Integrationskonzept mit überprüfbaren Zielen zu erarbeiten und dem [Gremium] zur Beschlussfassung vorzulegen.",
          "[Eine Stabsstelle Integration / Eine*n Integrationsbeauftragte*n] wird als zentrale Ansprechstelle [eingerichtet / benannt] und unmittelbar der Verwaltungsspitze zugeordnet. Die erforderlichen Stellenanteile und Sachmittel werden im Haushalt [Jahr] veranschlagt.",
          "[Name der Kommune] tritt Rassismus und jeder Form von Diskriminierung entschieden entgegen. Die Verwaltung stellt sicher, dass die Beschwerdestelle nach dem Allgemeinen Gleichbehandlungsgesetz für die Beschäftigten benannt und bekannt ist, und legt bis [Datum] dar, wie Bürger*innen Zugang zu einer Antidiskriminierungsberatung erhalten.",
          "Die Verwaltung berichtet dem [Gremium] ab [Jahr] jährlich über den Stand der Integrationsarbeit, die Umsetzung des Konzepts und die Entwicklung der vereinbarten Kennzahlen.",
          "[Optional:] Die Verwaltung legt bis [Datum] den Entwurf einer Satzung über einen Integrationsbeirat vor.",
        ],
      },
      { kind: "heading", text: "Abstimmungsergebnis" },
      {
        kind: "paragraph",
        text: "Anwesend: [Zahl] – Ja-Stimmen: [Zahl] – Nein-Stimmen: [Zahl]. [Ort], den [Datum]. [Name], [Erste*r Bürgermeister*in / Oberbürgermeister*in / Landrät*in]",
      },
      {
        kind: "paragraph",
        text: "Hinweis: Diese Vorlage ist ein Vorschlag zum Weiterschreiben und keine Rechtsberatung. Passen Sie Zuständigkeiten, Fristen und Haushaltsangaben an Ihre Geschäftsordnung und Ihren Haushalt an und lassen Sie den Entwurf vor der Sitzung von Ihrer Rechtsabteilung oder der Rechtsaufsichtsbehörde (Kommunalaufsicht am Landratsamt bzw. an der Regierung) prüfen.",
      },
    ],
  },
  {
    slug: "leitbild-gliederung",
    title: TEMPLATE_TITLES["leitbild-gliederung"],
    summary:
      "Ein Gerüst mit Leitfragen und Formulierungsbeispielen, aus dem eine Kommune gemeinsam mit allen Beteiligten ihr eigenes Integrationsleitbild entwickelt.",
    useWhen:
      "Nutzen Sie die Gliederung als Arbeitsgrundlage für eine Auftaktwerkstatt oder eine Steuerungsgruppe. Ersetzen Sie die Leitfragen im Lauf des Prozesses durch eigene Sätze; am Ende steht ein Text von wenigen Seiten, den der Rat beschließt und den das Integrationskonzept mit Zielen unterlegt.",
    factors: ["leitbild-und-integrationskonzept", "gegen-rassismus"],
    blocks: [
      {
        kind: "paragraph",
        text: "Leitbild „[Titel, z. B. Miteinander in …]“ der [Gemeinde / Stadt / des Landkreises] [Name der Kommune], beschlossen vom [Gemeinderat / Stadtrat / Kreistag] am [Datum]",
      },
      { kind: "heading", text: "1. Präambel: Warum wir ein Leitbild haben" },
      {
        kind: "paragraph",
        text: "Leitfragen: Wer lebt heute in [Name der Kommune]? Welche Erfahrungen mit Zuwanderung prägen den Ort – von den Heimatvertriebenen der Nachkriegszeit über die angeworbenen Arbeitskräfte bis zu Geflüchteten und Fachkräften der letzten Jahre? Warum wollen wir das Zusammenleben bewusst gemeinsam gestalten?",
      },
      {
        kind: "paragraph",
        text: "Formulierungsbeispiel: „In [Name der Kommune] haben über Generationen Menschen unterschiedlicher Herkunft eine Heimat gefunden. Mit diesem Leitbild beschreiben wir, wofür wir als Kommune stehen und wie wir unser Zusammenleben weiterentwickeln wollen.“",
      },
      { kind: "heading", text: "2. Unser Verständnis von Integration" },
      {
        kind: "list",
        items: [
          "Integration als Teilhabe: Alle Einwohner*innen haben gleiche Zugänge zu Bildung, Arbeit, Wohnen, Gesundheit, Kultur und Sport.",
          "Integration als wechselseitiger Prozess, der Zugewanderte wie Alteingesessene fordert und beide verändert.",
          "Integration und Inklusion gehören zusammen: Die Kommune baut Barrieren ab, gleich ob sie aus Herkunft, Sprache, Behinderung, Alter oder sozialer Lage entstehen.",
          "Bezug zu vorhandenen Leitlinien: [z. B. Stadtentwicklungskonzept, seniorenpolitisches Gesamtkonzept, Aktionsplan Inklusion].",
        ],
      },
      { kind: "heading", text: "3. Grundwerte und klare Haltung" },
      {
        kind: "list",
        items: [
          "Gemeinsame Grundlage sind das Grundgesetz und die Verfassung des Freistaates Bayern, vor allem die Würde jedes Menschen und die Gleichberechtigung.",
          "Eine ausdrückliche Absage an Rassismus, Antisemitismus, Muslimfeindlichkeit, Antiziganismus und jede andere Form von Menschenfeindlichkeit gegenüber Gruppen.",
          "Was die Kommune tut, wenn Menschen angefeindet werden: [z. B. öffentliche Stellungnahme der Verwaltungsspitze, Unterstützung der Betroffenen, Verweis auf Beratungsstellen].",
          "Respekt vor unterschiedlichen Lebensweisen, Sprachen und Religionen auf dem Boden der Rechtsordnung.",
        ],
      },
      { kind: "heading", text: "4. Leitsätze zu den Handlungsfeldern" },
      {
        kind: "list",
        items: [
          "Sprache und Bildung: [z. B. „Jedes Kind erhält früh Unterstützung beim Deutschlernen; Mehrsprachigkeit sehen wir als Stärke.“]",
          "Ausbildung und Arbeit: [z. B. „Wir helfen, ausländische Berufsabschlüsse anerkennen zu lassen, und werben gemeinsam mit den Betrieben um Auszubildende.“]",
          "Wohnen und Nachbarschaft: [z. B. „Wir setzen uns für bezahlbaren Wohnraum und gemischte Nachbarschaften ein.“]",
          "Gesundheit und Pflege: [Leitsatz]",
          "Kultur, Sport und Freizeit: [Leitsatz]",
          "Engagement und Mitsprache: [z. B. „Zugewanderte reden mit, wenn es um ihre Kommune geht – im Integrationsbeirat, in Vereinen und bei Planungen.“]",
        ],
      },
      {
        kind: "paragraph",
        text: "Arbeitshinweis: Je Handlungsfeld genügen zwei bis drei Leitsätze. Konkrete Ziele, Maßnahmen, Zuständigkeiten und Kennzahlen gehören in das Integrationskonzept, das auf dem Leitbild aufbaut.",
      },
      { kind: "heading", text: "5. Die Verwaltung als Vorbild" },
      {
        kind: "list",
        items: [
          "Dienstleistungen: Angebote, Formulare und Abläufe sind für alle verständlich und erreichbar.",
          "Personal: Die Verwaltung wirbt um Bewerber*innen mit Einwanderungsgeschichte und fördert sie auf allen Ebenen.",
          "Fortbildung: Führungskräfte und Mitarbeiter*innen werden regelmäßig in interkultureller Kompetenz geschult.",
          "Beschwerden: Beschäftigte und Bürger*innen wissen, wohin sie sich wenden können, wenn sie Diskriminierung erleben.",
        ],
      },
      { kind: "heading", text: "6. Wie das Leitbild entstanden ist" },
      {
        kind: "paragraph",
        text: "[Kurze Darstellung des Beteiligungsprozesses: Zeitraum, Veranstaltungen, beteiligte Gruppen – etwa Verwaltung, Fraktionen, Wohlfahrtsverbände, Kirchen und Religionsgemeinschaften, Migrant*innenorganisationen, Schulen, Betriebe, Integrationsbeirat – und wie die Rückmeldungen eingeflossen sind.]",
      },
      { kind: "heading", text: "7. Umsetzung und Überprüfung" },
      {
        kind: "list",
        items: [
          "Verantwortlich für die Umsetzung: [Stabsstelle Integration / Integrationsbeauftragte*r] im Auftrag der Verwaltungsspitze.",
          "Das Integrationskonzept konkretisiert das Leitbild bis [Datum] mit Zielen, Maßnahmen und Kennzahlen.",
          "Die Verwaltung berichtet dem [Gremium] jährlich; das Leitbild wird spätestens nach [fünf] Jahren gemeinsam überprüft und fortgeschrieben.",
          "Veröffentlichung: Internetseite, [Amtsblatt / Gemeindeblatt], Fassung in Leichter Sprache [und Übersetzungen in …].",
        ],
      },
      {
        kind: "paragraph",
        text: "Hinweis: Diese Gliederung soll Ihren eigenen Prozess anstoßen, nicht ersetzen; ein Leitbild wirkt nur, wenn es vor Ort gemeinsam formuliert wird. Lassen Sie die endgültige Fassung vor dem Ratsbeschluss von Ihrer Rechtsabteilung oder der Rechtsaufsichtsbehörde (Kommunalaufsicht) durchsehen, vor allem dort, wo sie Zuständigkeiten oder Verpflichtungen der Verwaltung festlegt.",
      },
    ],
  },
  {
    slug: "stellenbeschreibung-integrationsbeauftragte",
    title: TEMPLATE_TITLES["stellenbeschreibung-integrationsbeauftragte"],
    summary:
      "Eine Stellenbeschreibung, die Auftrag, Aufgaben mit Zeitanteilen, Befugnisse und Anforderungen der*des Integrationsbeauftragten schriftlich festhält.",
    useWhen:
      "Nutzen Sie die Vorlage, wenn Sie eine Stelle neu einrichten, ausschreiben oder eine bestehende Zuständigkeit verbindlich klären wollen. Passen Sie die Zeitanteile an den tatsächlichen Stundenumfang an und lassen Sie die Bewertung der Stelle durch Ihre Personalverwaltung vornehmen.",
    factors: ["integrationsbeauftragte", "ressourcen"],
    blocks: [
      { kind: "heading", text: "1. Angaben zur Stelle" },
      {
        kind: "list",
        items: [
          "Stellenbezeichnung: Integrationsbeauftragte*r [der Gemeinde / der Stadt / des Landkreises] [Name der Kommune]",
          "Organisationseinheit: Stabsstelle Integration, unmittelbar zugeordnet [der*dem Ersten Bürgermeister*in / der*dem Oberbürgermeister*in / der*dem Landrät*in]",
          "Stellenumfang: [Zahl] Wochenstunden ([Zahl] Vollzeitäquivalente), [unbefristet / befristet bis …]",
          "Bewertung: Entgeltgruppe [EG …] TVöD bzw. Besoldungsgruppe [A …] – vorbehaltlich der Stellenbewertung",
          "Vorgesetzte*r: [Funktion]; Stellvertretung durch: [Funktion]; vertritt: [Funktion]",
          "Stellenplan-Nr.: [Nummer]",
        ],
      },
      { kind: "heading", text: "2. Ziel der Stelle" },
      {
        kind: "paragraph",
        text: "Die*der Integrationsbeauftragte bündelt die Integrationsarbeit von [Name der Kommune]. Sie*er ist zentrale Ansprechperson für Zugewanderte, Ehrenamtliche, Vereine, Fachdienste und Ämter, koordiniert die Zusammenarbeit und treibt die Umsetzung von Leitbild und Integrationskonzept voran. Ziel ist, dass alle Einwohner*innen gleichberechtigt an den Leistungen und am Leben der Kommune teilhaben können.",
      },
      { kind: "heading", text: "3. Aufgaben und Zeitanteile" },
      {
        kind: "numbered",
        items: [
          "Konzept und Steuerung (25 %): Erarbeitung und Fortschreibung von Leitbild und Integrationskonzept, Vorbereitung von Beschlussvorlagen, Leitung der ämterübergreifenden Arbeitsgruppe Integration, Mitwirkung an Zielvereinbarungen mit den Ämtern.",
          "Netzwerk und Koordination (20 %): Organisation des Runden Tischs Integration, Abstimmung mit Migrationsberatung, Jobcenter, Agentur für Arbeit, Schulen, Kindertageseinrichtungen, Kursträgern und Wohlfahrtsverbänden, Pflege einer Übersicht der Angebote vor Ort.",
          "Erstberatung und Lotsenfunktion (15 %): Ansprechperson für Zugewanderte und Ehrenamtliche, Weitervermittlung an die zuständigen Fach- und Beratungsstellen; keine Rechtsberatung im Einzelfall.",
          "Beteiligung und Ehrenamt (15 %): Geschäftsführung des Integrationsbeirats [falls vorhanden], Zusammenarbeit mit Migrant*innenorganisationen, Unterstützung, Vernetzung und Würdigung ehrenamtlicher Initiativen.",
          "Interkulturelle Öffnung und Antidiskriminierung (10 %): Beratung der Ämter bei der Öffnung ihrer Angebote, Anregung und Mitgestaltung von Fortbildungen, Zusammenarbeit mit der AGG-Beschwerdestelle und der Antidiskriminierungsberatung.",
          "Öffentlichkeitsarbeit und Willkommenskultur (10 %): Vorbereitung von Einbürgerungsfeiern, Neubürger*innenempfängen und der Interkulturellen Woche, Pflege der Internetseite, mehrsprachige Informationen.",
          "Fördermittel, Kennzahlen und Berichtswesen (5 %): Recherche und Beantragung von Fördermitteln, Erhebung der vereinbarten Kennzahlen, jährlicher Integrationsbericht an Verwaltungsspitze und [Gremium].",
        ],
      },
      { kind: "heading", text: "4. Befugnisse und Einbindung" },
      {
        kind: "list",
        items: [
          "Unmittelbares Vortragsrecht bei der Verwaltungsspitze; fester Besprechungstermin [monatlich].",
          "Teilnahme an der Amtsleitungsrunde, soweit Integrationsthemen berührt sind.",
          "Frühzeitige Beteiligung an Vorhaben der Ämter, die Zugewanderte in besonderer Weise betreffen, und Anspruch auf die dafür nötigen Auskünfte.",
          "Bewirtschaftung der Haushaltsmittel für Integration (Haushaltsstelle [Nummer]) bis zu [Betrag] Euro im Einzelfall.",
          "Zeichnungsbefugnis: [z. B. Schriftverkehr im eigenen Aufgabenbereich; Vertretung der Kommune in Netzwerken nach Abstimmung mit der Verwaltungsspitze].",
        ],
      },
      { kind: "heading", text: "5. Anforderungsprofil" },
      {
        kind: "list",
        items: [
          "Abgeschlossenes Hochschulstudium [z. B. Soziale Arbeit, Sozial-, Politik- oder Verwaltungswissenschaften] oder Qualifikation für die [dritte] Qualifikationsebene bzw. Abschluss des Beschäftigtenlehrgangs II mit einschlägiger Erfahrung",
          "Erfahrung in der Integrations-, Sozial- oder Gemeinwesenarbeit sowie in Projekt- und Netzwerkarbeit",
          "Grundkenntnisse im Aufenthalts-, Staatsangehörigkeits- und Sozialrecht sowie in den kommunalen Strukturen in Bayern",
          "Interkulturelle Kompetenz, Kommunikations- und Moderationsstärke, sicheres Auftreten in Gremien und in der Öffentlichkeit",
          "Wünschenswert: Kenntnisse weiterer Sprachen, eigene Einwanderungsgeschichte oder Erfahrung in Migrant*innenorganisationen",
          "Bereitschaft zu gelegentlichen Abend- und Wochenendterminen [bei Landkreisen: Führerschein Klasse B]",
        ],
      },
      { kind: "heading", text: "6. Berichtswege" },
      {
        kind: "paragraph",
        text: "Die*der Integrationsbeauftragte berichtet der Verwaltungsspitze [monatlich] und dem [Gemeinderat / Stadtrat / Kreistag] jährlich mit dem Integrationsbericht. Die Dienst- und Fachaufsicht liegt bei [Funktion].",
      },
      {
        kind: "paragraph",
        text: "Erstellt: [Datum], [Name, Personalverwaltung] – Kenntnis genommen: [Datum], [Name der*des Stelleninhaber*in]",
      },
      {
        kind: "paragraph",
        text: "Hinweis: Diese Stellenbeschreibung ist eine Arbeitsgrundlage und ersetzt weder die Stellenbewertung noch arbeits- oder beamtenrechtliche Beratung. Beteiligen Sie den Personalrat, wo es vorgeschrieben ist, und lassen Sie die endgültige Fassung von Ihrer Personal- oder Rechtsabteilung prüfen. Tarif- und arbeitsrechtliche Fragen beantwortet der Kommunale Arbeitgeberverband Bayern (KAV Bayern), allgemeine Fragen auch Ihr kommunaler Spitzenverband.",
      },
    ],
  },
  {
    slug: "satzung-integrationsbeirat",
    title: TEMPLATE_TITLES["satzung-integrationsbeirat"],
    summary:
      "Eine Satzung, mit der eine Gemeinde, Stadt oder ein Landkreis einen Integrationsbeirat einrichtet und seine Aufgaben, Zusammensetzung, Rechte und Arbeitsweise regelt.",
    useWhen:
      "Nutzen Sie die Mustersatzung, wenn der Rat einen Integrationsbeirat einrichten oder die Regeln eines bestehenden Beirats erneuern will. Entscheiden Sie vorab gemeinsam mit Migrant*innenorganisationen, ob die Mitglieder gewählt oder berufen werden, streichen Sie die nicht gewählte Variante in § 5 und passen Sie die Geschäftsordnung des Rats an § 3 an.",
    factors: ["beteiligung"],
    blocks: [
      {
        kind: "heading",
        text: "Satzung über den Integrationsbeirat [der Gemeinde / der Stadt / des Landkreises] [Name der Kommune] (Integrationsbeiratssatzung)",
      },
      { kind: "paragraph", text: "vom [Datum]" },
      {
        kind: "paragraph",
        text: "[Optionale Präambel:] Ein großer Teil der Einwohner*innen von [Name der Kommune] hat eine Einwanderungsgeschichte. Damit ihre Erfahrungen und Anliegen in die Kommunalpolitik einfließen, richtet [Name der Kommune] einen Integrationsbeirat als ständige Stimme dieser Menschen gegenüber Rat und Verwaltung ein.",
      },
      {
        kind: "paragraph",
        text: "Auf Grund von Art. 23 Satz 1 der Gemeindeordnung für den Freistaat Bayern (GO) [für Landkreise: Art. 17 Satz 1 der Landkreisordnung für den Freistaat Bayern (LKrO)] erlässt [die Gemeinde / die Stadt / der Landkreis] [Name der Kommune] folgende Satzung:",
      },
      {
        kind: "numbered",
        items: [
          "§ 1 Einrichtung und Stellung: (1) [Name der Kommune] bildet einen Integrationsbeirat. (2) Der Integrationsbeirat ist ein beratendes Gremium. Er arbeitet überparteilich, religiös und weltanschaulich neutral und ist an Weisungen nicht gebunden. (3) Die Entscheidungsbefugnisse des [Gemeinderats / Stadtrats / Kreistags], seiner Ausschüsse und der*des [Ersten Bürgermeister*in / Oberbürgermeister*in / Landrät*in] bleiben unberührt.",
          "§ 2 Aufgaben: (1) Der Integrationsbeirat vertritt die Anliegen der Einwohner*innen mit Einwanderungsgeschichte und berät den [Gemeinderat / Stadtrat / Kreistag] und die Verwaltung in allen Angelegenheiten des eigenen Wirkungskreises, die für ihre Teilhabe und das Zusammenleben in [Name der Kommune] von Bedeutung sind. (2) Er wirkt insbesondere an der Erarbeitung und Fortschreibung von Leitbild und Integrationskonzept mit, fördert Begegnung, Dialog und bürgerschaftliches Engagement und tritt Rassismus und Diskriminierung entgegen. (3) Er arbeitet mit der*dem Integrationsbeauftragten, den Fachdiensten, den Vereinen und den Migrant*innenorganisationen zusammen.",
          "§ 3 Rechte: (1) Der Integrationsbeirat wird über Vorhaben, die Menschen mit Einwanderungsgeschichte in besonderer Weise betreffen, rechtzeitig vor der Beratung im zuständigen Gremium unterrichtet; ihm wird Gelegenheit zur Stellungnahme innerhalb einer angemessenen Frist von in der Regel [vier] Wochen gegeben. (2) Der Integrationsbeirat kann dem [Gemeinderat / Stadtrat / Kreistag] und seinen Ausschüssen Empfehlungen vorlegen. Diese werden nach Maßgabe der Geschäftsordnung des [Gremiums] spätestens in der [übernächsten] ordentlichen Sitzung des zuständigen Gremiums behandelt; das Ergebnis wird dem Beirat mitgeteilt. (3) Nach Maßgabe der Geschäftsordnung des [Gremiums] kann die*der Vorsitzende oder ein beauftragtes Mitglied des Integrationsbeirats zu Tagesordnungspunkten, die seinen Aufgabenbereich berühren, in öffentlicher Sitzung gehört werden. (4) Die Verwaltung erteilt dem Beirat die zur Erfüllung seiner Aufgaben erforderlichen Auskünfte, soweit Datenschutz und Verschwiegenheitspflichten nicht entgegenstehen.",
          "§ 4 Zusammensetzung: (1) Der Integrationsbeirat hat [Zahl] stimmberechtigte Mitglieder. [Zahl] Mitglieder sind Einwohner*innen mit Einwanderungsgeschichte (§ 5); [Zahl] Mitglieder sind Vertreter*innen von [Wohlfahrtsverbänden, Kirchen und Religionsgemeinschaften, Volkshochschule, Jobcenter, Schulen], die auf deren Vorschlag vom [Gremium] berufen werden. (2) Einwohner*innen mit Einwanderungsgeschichte im Sinne dieser Satzung sind Personen mit ausländischer Staatsangehörigkeit, Eingebürgerte, Spätaussiedler*innen sowie Personen, von denen mindestens ein Elternteil nach Deutschland eingewandert ist. (3) Jede im [Gremium] vertretene Fraktion [und Ausschussgemeinschaft] entsendet ein Mitglied mit beratender Stimme; die*der Integrationsbeauftragte nimmt mit beratender Stimme teil. (4) Bei der Besetzung soll auf eine ausgewogene Vertretung der Geschlechter, Altersgruppen und Herkunftsgruppen [bei Landkreisen: und der Regionen des Landkreises] geachtet werden. (5) Für jedes stimmberechtigte Mitglied wird eine Stellvertretung bestimmt.",
          "§ 5 Wahl oder Berufung: Variante A – Wahl: (1) Die Mitglieder nach § 4 Abs. 1 Satz 2 erster Halbsatz werden in allgemeiner, unmittelbarer, freier, gleicher und geheimer Wahl gewählt; die Wahl kann ganz oder teilweise als Briefwahl durchgeführt werden. (2) Wahlberechtigt sind Einwohner*innen mit Einwanderungsgeschichte, die am Wahltag das [16.] Lebensjahr vollendet haben und seit mindestens [drei] Monaten in [Name der Kommune] mit Hauptwohnung gemeldet sind. Personen ohne deutsche Staatsangehörigkeit werden von Amts wegen in das Wählerverzeichnis eingetragen, die übrigen Wahlberechtigten auf Antrag. [Für einen Landkreis: Das Melderegister führen die kreisangehörigen Gemeinden, nicht der Landkreis. Alle Wahlberechtigten werden deshalb auf Antrag eingetragen, oder der Landkreis vereinbart mit den Gemeinden, dass sie die Wahlbenachrichtigungen aus ihrem Melderegister selbst versenden; eine Liste aller Einwohner*innen ohne deutsche Staatsangehörigkeit erhält der Landkreis nicht.] (3) Wählbar ist, wer wahlberechtigt ist und das [18.] Lebensjahr vollendet hat. (4) Das Nähere, auch zum Umgang mit den Daten aus dem Melderegister, regelt eine Wahlordnung. Variante B – Berufung: (1) Die Mitglieder nach § 4 Abs. 1 Satz 2 erster Halbsatz werden vom [Gremium] berufen. (2) Die Verwaltung ruft zuvor öffentlich sowie über Migrant*innenorganisationen und Beratungsstellen zu Bewerbungen und Vorschlägen auf. (3) Ein Auswahlgremium aus [Zusammensetzung] schlägt dem [Gremium] eine Besetzung vor, die § 4 Abs. 4 berücksichtigt.",
          "§ 6 Amtszeit und Ausscheiden: (1) Die Amtszeit des Integrationsbeirats entspricht der Wahlzeit des [Gremiums]. Der Beirat führt seine Geschäfte bis zum ersten Zusammentreten des neuen Beirats fort. (2) Die Mitgliedschaft endet vorzeitig durch schriftlichen Verzicht, durch Wegzug aus [Name der Kommune], durch Wegfall der Voraussetzungen für Wahl oder Berufung oder durch Abberufung aus wichtigem Grund durch den [Gremium]. (3) Für ein ausgeschiedenes Mitglied rückt [die Person mit der nächsthöheren Stimmenzahl desselben Wahlvorschlags / die Stellvertretung] nach.",
          "§ 7 Vorsitz: (1) Der Integrationsbeirat wählt in seiner ersten Sitzung aus der Mitte seiner stimmberechtigten Mitglieder eine*n Vorsitzende*n und [zwei] Stellvertreter*innen. Zur ersten Sitzung lädt die*der [Erste Bürgermeister*in / Oberbürgermeister*in / Landrät*in] ein und leitet sie bis zur Wahl des Vorsitzes. (2) Die*der Vorsitzende bereitet die Sitzungen mit der Geschäftsstelle vor, leitet sie und vertritt den Beirat nach außen.",
          "§ 8 Sitzungen und Beschlüsse: (1) Der Integrationsbeirat tritt mindestens [viermal] im Jahr zusammen. Er ist einzuberufen, wenn ein Drittel der stimmberechtigten Mitglieder dies unter Angabe der Beratungsgegenstände verlangt. (2) Die Einladung mit Tagesordnung geht den Mitgliedern spätestens [sieben] Tage vor der Sitzung schriftlich oder elektronisch zu. (3) Die Sitzungen sind öffentlich, soweit nicht das Wohl der Allgemeinheit oder berechtigte Interessen Einzelner eine nichtöffentliche Beratung erfordern. (4) Der Beirat ist beschlussfähig, wenn mehr als die Hälfte der stimmberechtigten Mitglieder anwesend ist; er beschließt mit der Mehrheit der abgegebenen Stimmen. (5) Über jede Sitzung wird eine Niederschrift gefertigt, die dem [Gremium] zur Kenntnis gegeben wird. (6) Der Beirat kann Arbeitsgruppen bilden, Sachverständige und Gäste hinzuziehen und sich eine Geschäftsordnung geben.",
          "§ 9 Geschäftsstelle und Mittel: (1) Die Geschäftsstelle des Integrationsbeirats ist [die Stabsstelle Integration] [in einer Mitgliedsgemeinde einer Verwaltungsgemeinschaft: die Geschäftsstelle der Verwaltungsgemeinschaft, die das Personal stellt, im Auftrag der Gemeinde]. Sie lädt im Auftrag der*des Vorsitzenden ein, fertigt die Niederschriften und unterstützt die Öffentlichkeitsarbeit. (2) Für seine Arbeit stehen dem Beirat im Rahmen des Haushalts jährlich [Betrag] Euro zur Verfügung. (3) Der Beirat legt dem [Gremium] jährlich einen Tätigkeitsbericht vor.",
          "§ 10 Ehrenamt, Entschädigung und Verschwiegenheit: (1) Die Mitglieder des Integrationsbeirats sind ehrenamtlich tätig. Sie erhalten eine Entschädigung nach [der örtlichen Entschädigungssatzung] in der jeweils geltenden Fassung [oder: ein Sitzungsgeld von … Euro je Sitzung]. (2) Die Mitglieder wahren Verschwiegenheit über Angelegenheiten, die in nichtöffentlicher Sitzung behandelt werden oder deren Geheimhaltung vorgeschrieben ist; diese Pflicht gilt nach dem Ausscheiden fort.",
          "§ 11 Inkrafttreten: Diese Satzung tritt am [Tag nach ihrer Bekanntmachung] in Kraft. [Gleichzeitig tritt die Satzung über … vom … außer Kraft.]",
        ],
      },
      {
        kind: "paragraph",
        text: "[Ort], den [Datum] – [Name der Kommune] – [Name], [Erste*r Bürgermeister*in / Oberbürgermeister*in / Landrät*in]",
      },
      { kind: "heading", text: "Erläuterungen zur Anpassung" },
      {
        kind: "list",
        items: [
          "Wahl oder Berufung (§ 5): Eine Urwahl gibt dem Beirat eine starke Legitimation, ist aber aufwendig und braucht eine eigene Wahlordnung. Kleinere Gemeinden und viele Landkreise entscheiden sich deshalb für die Berufung oder ein Mischmodell.",
          "Größe (§ 4): Ein Beirat mit sieben bis fünfzehn stimmberechtigten Mitgliedern bleibt arbeitsfähig; in großen Städten kann er größer sein.",
          "Rechte (§ 3): Anhörungs- und Rederechte wirken nur, wenn die Geschäftsordnung des Rats sie aufgreift. Beschließen Sie die nötige Änderung zusammen mit der Satzung.",
          "Ausstattung (§ 9): Ohne Geschäftsstelle und eigenes Budget bleibt ein Beirat auf das Engagement einzelner angewiesen.",
        ],
      },
      {
        kind: "paragraph",
        text: "Hinweis: Diese Mustersatzung ist ein Ausgangspunkt und keine geprüfte Rechtsvorschrift. Bevor der Rat sie beschließt, sollten Ihre Rechtsabteilung oder die Rechtsaufsichtsbehörde (Kommunalaufsicht am Landratsamt bzw. an der Regierung) den Entwurf prüfen, insbesondere die Regelungen zu Wahl, Anhörungsrechten und Entschädigung.",
      },
    ],
  },
  {
    slug: "dienstanweisung-agg-beschwerdestelle",
    title: TEMPLATE_TITLES["dienstanweisung-agg-beschwerdestelle"],
    summary:
      "Eine Dienstanweisung, die die Beschwerdestelle nach § 13 AGG benennt und regelt, wie Beschwerden über Benachteiligung am Arbeitsplatz vertraulich angenommen, geprüft und beantwortet werden.",
    useWhen:
      "Nutzen Sie die Vorlage, wenn Ihre Verwaltung noch keine schriftlich geregelte Beschwerdestelle hat oder das Verfahren bisher nur mündlich geklärt ist. Benennen Sie konkrete Personen mit Stellvertretung, beteiligen Sie Personalrat, Gleichstellungsbeauftragte*n und Schwerbehindertenvertretung und machen Sie die Dienstanweisung allen Beschäftigten bekannt.",
    factors: ["agg-beschwerdestelle", "gegen-rassismus"],
    blocks: [
      {
        kind: "heading",
        text: "Dienstanweisung über die Beschwerdestelle nach dem Allgemeinen Gleichbehandlungsgesetz (AGG) [der Gemeinde / der Stadt / des Landkreises] [Name der Kommune]",
      },
      { kind: "paragraph", text: "vom [Datum], Az. [Aktenzeichen]" },
      { kind: "heading", text: "1. Zweck und Geltungsbereich" },
      {
        kind: "paragraph",
        text: "[Name der Kommune] duldet keine Benachteiligung aus rassistischen Gründen oder wegen der ethnischen Herkunft, wegen des Geschlechts, der Religion oder Weltanschauung, einer Behinderung, des Alters oder der sexuellen Identität. Diese Dienstanweisung regelt die Beschwerdestelle und das Beschwerdeverfahren nach §§ 12 und 13 AGG. Sie gilt für alle Beschäftigten, Beamt*innen, Auszubildenden und Praktikant*innen sowie für Bewerber*innen [und für die Beschäftigten der Eigenbetriebe …].",
      },
      { kind: "heading", text: "2. Beschwerdestelle" },
      {
        kind: "list",
        items: [
          "Beschwerdestelle ist [Funktion, z. B. eine benannte Person außerhalb der Personalverwaltung]: [Name], Telefon [Nummer], E-Mail [Adresse], Raum [Nummer].",
          "Stellvertretung: [Name, Kontakt]. Damit Betroffene wählen können, sollen Personen unterschiedlichen Geschlechts benannt werden [und nach Möglichkeit eine Person mit Einwanderungsgeschichte].",
          "Die Beschwerdestelle ist bei der Bearbeitung von Beschwerden an Weisungen nicht gebunden und berichtet unmittelbar [der*dem Ersten Bürgermeister*in / der*dem Oberbürgermeister*in / der*dem Landrät*in].",
          "Die Mitglieder der Beschwerdestelle werden für ihre Aufgabe fortgebildet und erhalten dafür angemessene Arbeitszeit.",
        ],
      },
      { kind: "heading", text: "3. Beschwerderecht" },
      {
        kind: "paragraph",
        text: "Wer sich im Zusammenhang mit der Beschäftigung von Vorgesetzten, Kolleg*innen oder Dritten – etwa Bürger*innen oder Mitarbeiter*innen von Auftragnehmern – aus einem in Nummer 1 genannten Grund benachteiligt, belästigt oder sexuell belästigt fühlt, kann sich an die Beschwerdestelle wenden (§ 13 Abs. 1 AGG). Die Beschwerde kann mündlich, schriftlich oder per E-Mail eingelegt werden. Die Wege zum Personalrat, zur Jugend- und Auszubildendenvertretung, zur Schwerbehindertenvertretung und zur*zum Gleichstellungsbeauftragten stehen daneben offen (§ 13 Abs. 2 AGG).",
      },
      { kind: "heading", text: "4. Verfahren" },
      {
        kind: "numbered",
        items: [
          "Eingang: Die Beschwerdestelle bestätigt den Eingang innerhalb von [fünf] Arbeitstagen und bietet ein vertrauliches Gespräch an. Die beschwerdeführende Person kann eine Vertrauensperson, etwa ein Mitglied des Personalrats, hinzuziehen.",
          "Klärung: Die Beschwerdestelle klärt den Sachverhalt, gibt der beschuldigten Person Gelegenheit zur Stellungnahme und befragt Zeug*innen nur mit Wissen der beschwerdeführenden Person. Jeder Schritt wird dokumentiert.",
          "Prüfung: Die Beschwerdestelle prüft, ob eine Benachteiligung im Sinne des AGG vorliegt, und legt ihr Ergebnis mit einem Vorschlag für Maßnahmen [der Dienststellenleitung] vor.",
          "Maßnahmen: Liegt eine Benachteiligung vor, ergreift die Dienststellenleitung die im Einzelfall geeigneten, erforderlichen und angemessenen Maßnahmen, um sie zu beenden und Wiederholungen zu verhindern – etwa ein klärendes Gespräch, eine Abmahnung, eine Umsetzung oder Versetzung, in schweren Fällen eine Kündigung oder disziplinarrechtliche Schritte (§ 12 Abs. 3 AGG). Geht die Benachteiligung von Dritten aus, schützt die Dienststelle die Beschäftigten ebenso (§ 12 Abs. 4 AGG).",
          "Mitteilung: Die beschwerdeführende Person erfährt das Ergebnis der Prüfung (§ 13 Abs. 1 Satz 2 AGG), in der Regel schriftlich und spätestens nach [sechs] Wochen; dauert die Prüfung länger, wird sie über den Stand unterrichtet.",
          "Nachsorge: Nach [drei] Monaten fragt die Beschwerdestelle nach, ob die Maßnahmen gewirkt haben.",
        ],
      },
      { kind: "heading", text: "5. Schutz vor Nachteilen, Vertraulichkeit und Datenschutz" },
      {
        kind: "list",
        items: [
          "Wer sich beschwert oder als Zeug*in aussagt, darf deswegen nicht benachteiligt werden (§ 16 AGG). Verstöße gegen dieses Verbot werden wie eine Benachteiligung behandelt.",
          "Alle am Verfahren Beteiligten behandeln die Angelegenheit vertraulich und geben Informationen nur weiter, soweit es für Klärung und Maßnahmen nötig ist.",
          "Die Beschwerdestelle verwahrt ihre Unterlagen verschlossen und getrennt von den Personalakten und vernichtet sie [drei] Jahre nach Abschluss des Verfahrens, soweit keine längere Aufbewahrung geboten ist. In die Personalakte gelangen nur getroffene Personalmaßnahmen.",
          "Personenbezogene Daten werden nach der Datenschutz-Grundverordnung und dem Bayerischen Datenschutzgesetz verarbeitet; [die*der behördliche Datenschutzbeauftragte] wurde beteiligt.",
        ],
      },
      {
        kind: "paragraph",
        text: "Wichtig für Betroffene: Eine Beschwerde ersetzt nicht die Geltendmachung von Entschädigungs- oder Schadensersatzansprüchen. Diese sind innerhalb von zwei Monaten schriftlich geltend zu machen, soweit tarifvertraglich nichts anderes vereinbart ist (§ 15 Abs. 4 AGG); die Beschwerde hemmt diese Frist nicht.",
      },
      { kind: "heading", text: "6. Bekanntmachung, Vorbeugung und Bericht" },
      {
        kind: "list",
        items: [
          "Das AGG, § 61b des Arbeitsgerichtsgesetzes und diese Dienstanweisung mit den Kontaktdaten der Beschwerdestelle werden im Intranet veröffentlicht und [am Schwarzen Brett] ausgehängt (§ 12 Abs. 5 AGG); neue Beschäftigte erhalten sie bei der Einstellung.",
          "Führungskräfte und Beschäftigte werden regelmäßig zu den Benachteiligungsverboten und zum Umgang mit Beschwerden geschult (§ 12 Abs. 2 AGG).",
          "Die Beschwerdestelle legt [der Verwaltungsspitze und dem Personalrat] jährlich einen anonymisierten Bericht über Zahl, Art und Ausgang der Beschwerden vor. Kleine Fallzahlen werden so zusammengefasst, dass keine Rückschlüsse auf Personen möglich sind.",
        ],
      },
      { kind: "heading", text: "7. Inkrafttreten" },
      {
        kind: "paragraph",
        text: "Diese Dienstanweisung tritt am [Datum] in Kraft. Der Personalrat wurde nach dem Bayerischen Personalvertretungsgesetz am [Datum] beteiligt. [Ort], den [Datum] – [Name], [Erste*r Bürgermeister*in / Oberbürgermeister*in / Landrät*in]",
      },
      {
        kind: "paragraph",
        text: "Hinweis: Diese Dienstanweisung gibt einen Rahmen vor, den Sie an Ihre Organisation anpassen müssen; sie ist keine Rechtsberatung. Klären Sie die Beteiligung des Personalrats und lassen Sie den Text vor dem Erlass von Ihrer Rechts- oder Personalabteilung prüfen; arbeitsrechtliche Fragen beantwortet der Kommunale Arbeitgeberverband Bayern (KAV Bayern).",
      },
    ],
  },
  {
    slug: "zielvereinbarung",
    title: TEMPLATE_TITLES["zielvereinbarung"],
    summary:
      "Ein Baustein, mit dem Verwaltungsspitze und Amtsleitung ein Integrationsziel mit Indikator, Zielwert, Verantwortung, Frist und Berichtsweg verbindlich vereinbaren.",
    useWhen:
      "Nutzen Sie den Baustein im jährlichen Zielvereinbarungsgespräch mit den Amtsleitungen oder als Anlage zum Integrationskonzept. Je Amt genügen ein bis zwei Ziele; das ausgefüllte Beispiel am Ende zeigt, wie konkret ein Ziel formuliert sein sollte.",
    factors: ["zielvereinbarungen", "ueberpruefung"],
    blocks: [
      { kind: "heading", text: "Zielvereinbarung Integration [Jahr]" },
      {
        kind: "paragraph",
        text: "zwischen [der*dem Ersten Bürgermeister*in / der*dem Oberbürgermeister*in / der*dem Landrät*in] und der Leitung [des Amts / des Fachbereichs] [Bezeichnung]. Bezug: Integrationskonzept [Name der Kommune], Handlungsfeld [Nummer, Bezeichnung].",
      },
      { kind: "heading", text: "1. Ziel" },
      {
        kind: "paragraph",
        text: "[Was soll bis wann erreicht sein? Beschreiben Sie einen Zustand, keine Tätigkeit – z. B. „Neu zugezogene Familien kennen die Angebote der Kindertagesbetreuung und melden ihre Kinder ebenso früh an wie andere Familien.“]",
      },
      { kind: "heading", text: "2. Messung" },
      {
        kind: "list",
        items: [
          "Indikator: [Woran erkennen wir, dass das Ziel erreicht ist?]",
          "Datenquelle und Erhebung: [Wer erhebt die Daten, wie und wann? Merkmale wie die Einwanderungsgeschichte nur freiwillig und anonym erheben und die*den Datenschutzbeauftragte*n vorher einbinden.]",
          "Ausgangswert: [Wert] (Stand [Datum])",
          "Zielwert: [Wert] bis [Datum]",
          "Zwischenwert: [Wert] zum [Datum]",
        ],
      },
      { kind: "heading", text: "3. Maßnahmen und Verantwortung" },
      {
        kind: "list",
        items: [
          "Maßnahmen: [die zwei bis vier wichtigsten Schritte]",
          "Verantwortliches Amt: [Amt]; verantwortliche Person: [Name, Funktion]",
          "Beteiligt: [andere Ämter, Stabsstelle Integration, Integrationsbeirat, externe Partner]",
          "Frist: [Datum]",
          "Ressourcen: [Arbeitsstunden, Sachmittel in Euro, Haushaltsstelle]. Sind die Ressourcen nicht gesichert, wird das Ziel angepasst.",
        ],
      },
      { kind: "heading", text: "4. Berichterstattung" },
      {
        kind: "list",
        items: [
          "Das verantwortliche Amt berichtet der Stabsstelle Integration zum [Datum] über den Zwischenstand und zum [Datum] über das Ergebnis – in wenigen Sätzen und mit dem aktuellen Wert des Indikators.",
          "Die Stabsstelle fasst die Berichte aller Ämter im jährlichen Integrationsbericht an den [Gemeinderat / Stadtrat / Kreistag] zusammen.",
          "Zeichnet sich ab, dass das Ziel nicht erreicht wird, besprechen die Unterzeichnenden rechtzeitig die Ursachen und passen Maßnahmen, Zielwert oder Frist an.",
        ],
      },
      { kind: "heading", text: "Ausgefülltes Beispiel" },
      {
        kind: "list",
        items: [
          "Ziel: Die zehn meistgenutzten Formulare des Bürgerbüros sind auch für Menschen mit geringen Deutschkenntnissen verständlich.",
          "Indikator: Anteil dieser zehn Formulare, zu denen es eine Ausfüllhilfe in einfacher Sprache und in den [drei] häufigsten Sprachen vor Ort gibt.",
          "Ausgangswert: 10 % (1 von 10 Formularen, Stand 01.01.[Jahr]); Zwischenwert: 50 % zum 30.06.[Jahr]; Zielwert: 100 % zum 31.12.[Jahr].",
          "Verantwortlich: Bürgerbüro, [Name]; beteiligt: Stabsstelle Integration, Integrationsbeirat (Verständlichkeitstest mit Nutzer*innen).",
          "Bericht: Zwischenstand zum 30.06.[Jahr], Ergebnis im Integrationsbericht [Jahr].",
        ],
      },
      {
        kind: "paragraph",
        text: "Unterschriften: [Ort], den [Datum] – [Name], [Verwaltungsspitze] – [Name], [Amtsleitung]",
      },
      {
        kind: "paragraph",
        text: "Hinweis: Dieser Baustein ist ein Ausgangspunkt für Ihre eigene Steuerung und keine Rechtsberatung. Soll die Zielvereinbarung mit einem Leistungsentgelt nach § 18 TVöD oder mit dienstlichen Beurteilungen verknüpft werden, beteiligen Sie den Personalrat und lassen Sie die Regelung von Ihrer Personal- oder Rechtsabteilung prüfen; zu § 18 TVöD berät der Kommunale Arbeitgeberverband Bayern (KAV Bayern).",
      },
    ],
  },
  {
    slug: "auftragsverarbeitung",
    title: TEMPLATE_TITLES.auftragsverarbeitung,
    summary:
      "Ein Vertrag zwischen Ihrer Kommune und dem Betreiber des Portals für alles, was Ihre Kommune im Portal über andere Menschen erhebt: persönliche Einladungen, Workshops und Befragungen der Einwohner*innen.",
    useWhen:
      "Schließen Sie den Vertrag, bevor Ihre Kommune die erste Person einlädt, einen Workshop startet oder eine Befragung beginnt. Für diese Daten ist Ihre Kommune verantwortlich; der Betreiber verarbeitet sie nur in Ihrem Auftrag. Ergänzen Sie die Angaben in eckigen Klammern und legen Sie den Entwurf Ihrer*Ihrem behördlichen Datenschutzbeauftragten vor.",
    factors: ["beteiligung", "ueberpruefung"],
    blocks: [
      { kind: "heading", text: "Vertrag über die Verarbeitung personenbezogener Daten im Auftrag nach Art. 28 DSGVO" },
      {
        kind: "paragraph",
        text: "zwischen [der Gemeinde / dem Markt / der Stadt / dem Landkreis] [Name der Kommune], [Anschrift], vertreten durch [Name, Funktion] – im Folgenden „Kommune“ (Verantwortliche) – und [Name des Betreibers], [Anschrift], vertreten durch [Name, Funktion] – im Folgenden „Betreiber“ (Auftragsverarbeiter).",
      },
      { kind: "heading", text: "§ 1 Gegenstand und Dauer" },
      {
        kind: "list",
        items: [
          "Der Betreiber stellt der Kommune das Portal „Kurz-Check Integration“ bereit. In ihrem Auftrag verarbeitet er die Daten, die die Kommune dort über Dritte erhebt: persönliche Einladungen zu Perspektiven, Antworten in Workshops und Antworten in Befragungen der Einwohner*innen.",
          "Nicht Gegenstand dieses Vertrags sind die Konten der Mitarbeiter*innen der Kommune, die Rückmeldungen der Beratung und landesweite Auswertungen ohne Bezug zu einzelnen Kommunen; dafür ist der Betreiber selbst verantwortlich.",
          "Der Vertrag gilt, solange die Kommune das Portal für die genannten Zwecke nutzt. Er kann von beiden Seiten mit einer Frist von [drei Monaten] zum Monatsende gekündigt werden.",
        ],
      },
      { kind: "heading", text: "§ 2 Art und Zweck der Verarbeitung, Daten und betroffene Personen" },
      {
        kind: "list",
        items: [
          "Zweck: die Integrationsarbeit der Kommune aus mehreren Blickwinkeln bewerten und die Sicht der Einwohner*innen erheben (Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit Art. 4 Abs. 1 BayDSG; für freiwillige Angaben zur Zuwanderungsgeschichte Art. 9 Abs. 2 lit. a DSGVO).",
          "Art der Verarbeitung: Erheben, Speichern, Zusammenfassen zu Kennzahlen, Anzeigen für die Kommune und die Beratung, Löschen.",
          "Daten: bei Einladungen Name oder Rolle und E-Mail-Adresse der eingeladenen Person, ihre Perspektive und ihre Antworten mit Anmerkungen; bei Workshops Perspektive und Antworten ohne Namen; bei Befragungen Sprache, Tag und Antworten sowie freiwillige Angaben zu Alter, Wohndauer und Zuwanderungsgeschichte – ohne Namen, E-Mail- oder IP-Adresse.",
          "Betroffene Personen: Personen, die die Kommune einlädt (etwa Mitglieder des Rats, des Integrationsbeirats, von Vereinen und Fachdiensten), Teilnehmende an Workshops und Einwohner*innen, die an einer Befragung teilnehmen.",
        ],
      },
      { kind: "heading", text: "§ 3 Weisungen" },
      {
        kind: "paragraph",
        text: "Der Betreiber verarbeitet die Daten nur nach dokumentierten Weisungen der Kommune; die Einstellungen, die die Kommune im Portal vornimmt (etwa Start und Ende einer Befragung, Zurückziehen einer Einladung), gelten als Weisungen. Hält der Betreiber eine Weisung für rechtswidrig, teilt er dies der Kommune unverzüglich mit. Weisungsberechtigt sind [Funktionen]; Weisungen nimmt beim Betreiber [Funktion, Kontakt] entgegen.",
      },
      { kind: "heading", text: "§ 4 Pflichten des Betreibers" },
      {
        kind: "numbered",
        items: [
          "Vertraulichkeit: Alle Personen, die beim Betreiber Zugang zu den Daten haben, sind zur Vertraulichkeit verpflichtet.",
          "Sicherheit: Der Betreiber trifft die technischen und organisatorischen Maßnahmen nach Art. 32 DSGVO, die in der Anlage beschrieben sind, und passt sie dem Stand der Technik an.",
          "Unterauftragsverarbeiter: Der Betreiber setzt nur die in der Anlage genannten Unterauftragsverarbeiter ein (etwa für Hosting und E-Mail-Versand). Einen neuen oder geänderten kündigt er mit einer Frist von [vier Wochen] an; die Kommune kann aus wichtigem datenschutzrechtlichem Grund widersprechen. Der Betreiber verpflichtet jeden Unterauftragsverarbeiter vertraglich wie in diesem Vertrag.",
          "Rechte der Betroffenen: Der Betreiber unterstützt die Kommune dabei, Anträge auf Auskunft, Berichtigung, Löschung und Einschränkung zu beantworten. Gehen solche Anträge beim Betreiber ein, leitet er sie unverzüglich an die Kommune weiter.",
          "Unterstützung: Der Betreiber unterstützt die Kommune bei Meldungen von Datenschutzverletzungen, bei einer Datenschutz-Folgenabschätzung und bei der Konsultation der Aufsichtsbehörde (Art. 33 bis 36 DSGVO). Eine Verletzung des Schutzes der Daten meldet er der Kommune unverzüglich, spätestens innerhalb von [24] Stunden nach Bekanntwerden.",
          "Ende des Auftrags: Nach Ende des Vertrags löscht der Betreiber die Daten der Kommune oder gibt sie ihr auf Wunsch zuvor als Datei heraus, soweit keine gesetzliche Pflicht zur Aufbewahrung besteht. Die Löschung bestätigt er schriftlich.",
          "Nachweise und Kontrollen: Der Betreiber stellt der Kommune alle Informationen zur Verfügung, die sie braucht, um die Einhaltung dieses Vertrags nachzuweisen, und ermöglicht Überprüfungen durch die Kommune oder eine von ihr beauftragte Stelle nach Anmeldung mit angemessener Frist.",
          "Ort der Verarbeitung: Die Daten werden nur in der Europäischen Union verarbeitet.",
        ],
      },
      { kind: "heading", text: "§ 5 Pflichten der Kommune" },
      {
        kind: "list",
        items: [
          "Die Kommune ist für die Rechtmäßigkeit der Verarbeitung verantwortlich, insbesondere dafür, dass sie Eingeladene und Befragte nach Art. 13 und 14 DSGVO informiert. Das Portal zeigt dazu einen Hinweis in der Sprache der Befragten an; die Kommune prüft, ob er für sie vollständig ist.",
          "Sie beteiligt ihre*n behördliche*n Datenschutzbeauftragte*n und nimmt die Verarbeitung in ihr Verzeichnis der Verarbeitungstätigkeiten auf.",
        ],
      },
      { kind: "heading", text: "§ 6 Haftung und Schlussbestimmungen" },
      {
        kind: "paragraph",
        text: "Für die Haftung gilt Art. 82 DSGVO. Änderungen bedürfen der Textform. Sollte eine Bestimmung unwirksam sein, bleibt der Vertrag im Übrigen wirksam. Anlagen: technische und organisatorische Maßnahmen; Unterauftragsverarbeiter. [Ort], den [Datum] – für die Kommune: [Unterschrift] – für den Betreiber: [Unterschrift]",
      },
      {
        kind: "paragraph",
        text: "Hinweis: Diese Vorlage ist ein Ausgangspunkt und keine Rechtsberatung. Stimmen Sie sie mit Ihrer*Ihrem behördlichen Datenschutzbeauftragten ab; ob eine Datenschutz-Folgenabschätzung nötig ist, hängt davon ab, wen Sie wie befragen.",
      },
    ],
  },
  {
    slug: "integrationskonzept-gliederung",
    title: TEMPLATE_TITLES["integrationskonzept-gliederung"],
    summary:
      "Eine Gliederung für ein Integrationskonzept, das je Handlungsfeld sagt, was erreicht werden soll, wer zuständig ist und woran man den Fortschritt erkennt.",
    useWhen:
      "Nutzen Sie die Gliederung, wenn Ihre Kommune ein Konzept erarbeitet oder ein altes fortschreibt. Sie ersetzt nicht die Beteiligung: Die Ziele entstehen mit Verwaltung, Rat, Integrationsbeirat, Trägern, Vereinen und Zugewanderten. Eine kleine Gemeinde wählt wenige Handlungsfelder und baut auf dem Konzept ihres Landkreises auf.",
    factors: ["leitbild-und-integrationskonzept", "netzwerk", "ueberpruefung"],
    blocks: [
      { kind: "heading", text: "Integrationskonzept [der Gemeinde / des Marktes / der Stadt / des Landkreises] [Name der Kommune] – Gliederung" },
      { kind: "heading", text: "1. Anlass und Auftrag" },
      {
        kind: "list",
        items: [
          "Beschluss des [Gemeinderats / Marktgemeinderats / Stadtrats / Kreistags] vom [Datum], der das Konzept in Auftrag gibt.",
          "Bezug zum Leitbild der Kommune und, in einer kreisangehörigen Gemeinde, zum Integrationskonzept des Landkreises.",
          "Wer das Konzept erarbeitet hat und wie beteiligt wurde: Auftaktveranstaltung, Arbeitsgruppen, Befragungen, Beteiligung des Integrationsbeirats.",
        ],
      },
      { kind: "heading", text: "2. Ausgangslage" },
      {
        kind: "list",
        items: [
          "Bevölkerung: Zahl und Anteil der Einwohner*innen mit ausländischer Staatsangehörigkeit, häufigste Herkunftsländer, Zuzüge der letzten Jahre (Quelle, Stand).",
          "Bestandsaufnahme: vorhandene Angebote und Akteur*innen je Handlungsfeld, Lücken und Doppelungen.",
          "Sicht der Betroffenen: Ergebnisse von Gesprächen, Workshops oder einer Befragung der Einwohner*innen.",
          "Ergebnis des Kurz-Checks Integration vom [Datum] mit den drei größten Lücken.",
        ],
      },
      { kind: "heading", text: "3. Handlungsfelder (eine Auswahl, die zur Kommune passt)" },
      {
        kind: "list",
        items: [
          "Ankommen und Willkommen: Erstinformation, Orientierung, Einbürgerung.",
          "Sprache und Bildung: Kita, Schule, Sprachkurse, Übergang Schule–Beruf.",
          "Arbeit und Ausbildung: Anerkennung von Abschlüssen, Betriebe, Jobcenter und Arbeitsagentur.",
          "Wohnen und Zusammenleben im Quartier.",
          "Gesundheit und Pflege.",
          "Beteiligung und Ehrenamt: Integrationsbeirat, Vereine, Migrant*innenorganisationen.",
          "Verwaltung: interkulturelle Öffnung, Personal, Fortbildung, Schutz vor Diskriminierung.",
        ],
      },
      { kind: "heading", text: "4. Je Handlungsfeld" },
      {
        kind: "numbered",
        items: [
          "Ziel: was sich bis [Jahr] ändern soll, so formuliert, dass man es überprüfen kann.",
          "Maßnahmen: was wer bis wann tut; federführende Stelle und Beteiligte.",
          "Indikator: woran der Fortschritt zu erkennen ist, mit Quelle und Ausgangswert.",
          "Mittel: Personal und Haushaltsansatz, Fördermittel.",
        ],
      },
      { kind: "heading", text: "5. Steuerung und Fortschreibung" },
      {
        kind: "list",
        items: [
          "Zuständig für die Koordination: [Stabsstelle Integration / Funktion].",
          "Ein Integrationsbericht an den Rat jedes [Jahr / zweite Jahr]; der Kurz-Check wird jährlich wiederholt.",
          "Fortschreibung des Konzepts spätestens [Jahr], mit erneuter Beteiligung.",
        ],
      },
      {
        kind: "paragraph",
        text: "Hinweis: Diese Gliederung ist ein Vorschlag; ein Konzept wirkt nur, wenn es vor Ort gemeinsam erarbeitet und vom Rat beschlossen wird. Lassen Sie Festlegungen zu Zuständigkeiten und Haushalt vor dem Beschluss von Ihrer Rechtsabteilung und der Kämmerei prüfen.",
      },
    ],
  },
  {
    slug: "geschaeftsordnung-runder-tisch",
    title: TEMPLATE_TITLES["geschaeftsordnung-runder-tisch"],
    summary:
      "Eine kurze Geschäftsordnung für einen Runden Tisch oder Dialogkreis Integration: wer dabei ist, wie oft man sich trifft, wer einlädt und wie Empfehlungen an Verwaltung und Rat gehen.",
    useWhen:
      "Passt für eine kleinere Gemeinde, einen Markt oder eine Stadt, die ohne Integrationsbeirat einen festen Ort für den Austausch schaffen will – oder für ein Netzwerk, das verbindlicher werden soll. Ein Runder Tisch berät; Entscheidungen bleiben bei Verwaltung und Rat.",
    factors: ["netzwerk", "beteiligung"],
    blocks: [
      { kind: "heading", text: "Geschäftsordnung des Runden Tisches Integration [Name der Kommune]" },
      { kind: "heading", text: "§ 1 Aufgabe" },
      {
        kind: "paragraph",
        text: "Der Runde Tisch bringt alle zusammen, die in [Name der Kommune] mit Integration zu tun haben. Er tauscht Informationen aus, stimmt Angebote ab, erkennt Lücken und gibt Verwaltung und [Gemeinderat / Marktgemeinderat / Stadtrat] Empfehlungen. Er entscheidet nicht anstelle der Organe der Kommune.",
      },
      { kind: "heading", text: "§ 2 Mitglieder" },
      {
        kind: "list",
        items: [
          "Die Verwaltung mit [der*dem Integrationsbeauftragten / einer benannten Ansprechperson], auf Wunsch die*der Erste Bürgermeister*in.",
          "Je eine Person aus jeder Fraktion oder Gruppe des Rats.",
          "Träger von Beratung und Sprachkursen, Kitas und Schulen, Jobcenter bzw. Arbeitsagentur, Kirchen und Religionsgemeinschaften, Vereine, Helferkreise.",
          "Zugewanderte und Migrant*innenorganisationen; mindestens [ein Drittel] der Plätze ist für sie vorgesehen.",
          "Der Runde Tisch kann weitere Mitglieder aufnehmen und Gäste einladen.",
        ],
      },
      { kind: "heading", text: "§ 3 Sitzungen" },
      {
        kind: "list",
        items: [
          "Der Runde Tisch trifft sich mindestens [dreimal] im Jahr. [Die Verwaltung / die Sprecher*innen] laden mindestens zwei Wochen vorher mit Tagesordnung ein; jedes Mitglied kann Themen anmelden.",
          "Die Sitzungen sind [öffentlich / nicht öffentlich]. Auf Wunsch wird gedolmetscht; Unterlagen gibt es in einfacher Sprache.",
          "Ein kurzes Ergebnisprotokoll geht an alle Mitglieder und an die Verwaltung.",
        ],
      },
      { kind: "heading", text: "§ 4 Sprecher*innen und Empfehlungen" },
      {
        kind: "list",
        items: [
          "Der Runde Tisch wählt für [zwei Jahre] zwei Sprecher*innen, davon eine Person mit eigener Zuwanderungsgeschichte.",
          "Empfehlungen beschließt der Runde Tisch mit Mehrheit der Anwesenden. Die Verwaltung berichtet in der nächsten Sitzung, was aus ihnen geworden ist.",
          "Die Sprecher*innen stellen die Arbeit des Runden Tisches einmal im Jahr im Rat vor.",
        ],
      },
      { kind: "heading", text: "§ 5 Inkrafttreten" },
      {
        kind: "paragraph",
        text: "Diese Geschäftsordnung hat der Runde Tisch am [Datum] beschlossen. Änderungen beschließt er mit Zweidrittelmehrheit der Anwesenden.",
      },
      {
        kind: "paragraph",
        text: "Hinweis: Diese Vorlage ist ein Vorschlag zum Anpassen und keine Rechtsberatung. Ein Runder Tisch braucht keine Satzung; soll er Rechte im Rat erhalten, ist ein Integrationsbeirat mit Satzung der richtige Weg (siehe Mustersatzung).",
      },
    ],
  },
  {
    slug: "integrationsbericht",
    title: TEMPLATE_TITLES.integrationsbericht,
    summary:
      "Ein Aufbau für den regelmäßigen Bericht an den Rat: was sich getan hat, wo die Kommune steht, was sie als Nächstes vorhat – mit Zahlen, Quellen und Stimmen der Betroffenen.",
    useWhen:
      "Nutzen Sie den Aufbau jedes Jahr oder jedes zweite Jahr, am besten zusammen mit dem Bericht des Kurz-Checks für den Rat und dem Stand Ihres Maßnahmenplans. So wird die Überprüfung, die das Integrationskonzept vorsieht, zur festen Gewohnheit.",
    factors: ["ueberpruefung", "leitbild-und-integrationskonzept", "chefsache"],
    blocks: [
      { kind: "heading", text: "Integrationsbericht [Jahr] – [Name der Kommune]" },
      {
        kind: "paragraph",
        text: "Vorlage für die Sitzung des [Gemeinderats / Marktgemeinderats / Stadtrats / Kreistags] am [Datum], Berichterstattung: [Funktion]",
      },
      { kind: "heading", text: "1. Das Wichtigste in Kürze" },
      { kind: "paragraph", text: "[Drei bis fünf Sätze: größte Fortschritte, größte Lücken, was der Rat entscheiden soll.]" },
      { kind: "heading", text: "2. Wo wir stehen" },
      {
        kind: "list",
        items: [
          "Kurz-Check Integration vom [Datum]: Index [Wert], Stärken und Lücken, Vergleich zum Vorjahr.",
          "Indikatoren mit Quelle und Vorjahreswert, etwa Einbürgerungen, Sprachkursplätze, Ausbildungsverträge von Jugendlichen ausländischer Staatsangehörigkeit.",
          "Sicht der Betroffenen: Ergebnis der Befragung der Einwohner*innen oder von Gesprächen mit Integrationsbeirat und Migrant*innenorganisationen.",
        ],
      },
      { kind: "heading", text: "3. Was wir umgesetzt haben" },
      { kind: "paragraph", text: "[Je Handlungsfeld des Konzepts: Maßnahmen mit Stand – erledigt, begonnen, zurückgestellt mit Grund.]" },
      { kind: "heading", text: "4. Was wir als Nächstes vorhaben" },
      {
        kind: "paragraph",
        text: "[Die wichtigsten Maßnahmen der nächsten zwölf Monate mit Zuständigkeit, Frist und Kosten; Fördermittel, die beantragt werden sollen.]",
      },
      { kind: "heading", text: "5. Beschlussvorschlag" },
      {
        kind: "paragraph",
        text: "Der [Rat] nimmt den Integrationsbericht [Jahr] zur Kenntnis und beauftragt die Verwaltung, die Maßnahmen nach Abschnitt 4 umzusetzen und im [Jahr] erneut zu berichten.",
      },
      {
        kind: "paragraph",
        text: "Hinweis: Diese Vorlage ist ein Vorschlag zum Weiterschreiben. Zahlen zu kleinen Gruppen veröffentlichen Sie nur zusammengefasst, damit niemand erkennbar wird; stimmen Sie den Beschlussvorschlag mit Ihrer Geschäftsordnung ab.",
      },
    ],
  },
  {
    slug: "kooperation-antidiskriminierungsberatung",
    title: TEMPLATE_TITLES["kooperation-antidiskriminierungsberatung"],
    summary:
      "Eine Vereinbarung, mit der ein Landkreis, seine Gemeinden und ein freier Träger gemeinsam eine Beratungsstelle gegen Diskriminierung betreiben – für alle Einwohner*innen, unabhängig und erreichbar.",
    useWhen:
      "Nutzen Sie die Vorlage, wenn eine einzelne Gemeinde keine eigene Beratungsstelle tragen kann oder ein Landkreis ein Angebot für alle Gemeinden schaffen will. Die interne Beschwerdestelle nach § 13 AGG für die eigenen Beschäftigten ersetzt sie nicht; dafür gibt es die Dienstanweisung.",
    factors: ["gegen-rassismus", "agg-beschwerdestelle"],
    blocks: [
      { kind: "heading", text: "Kooperationsvereinbarung über eine Beratungsstelle gegen Diskriminierung im Landkreis [Name]" },
      {
        kind: "paragraph",
        text: "zwischen dem Landkreis [Name], den Gemeinden [Namen] und [Name des freien Trägers] (Träger der Beratungsstelle)",
      },
      { kind: "heading", text: "§ 1 Ziel" },
      {
        kind: "paragraph",
        text: "Die Beteiligten richten gemeinsam eine unabhängige Beratungsstelle ein, an die sich alle Menschen wenden können, die im Landkreis wegen der ethnischen Herkunft, aus rassistischen Gründen, wegen Religion oder Weltanschauung, Geschlecht, Behinderung, Alter oder sexueller Identität benachteiligt werden – im Alltag, bei der Arbeit, bei der Wohnungssuche oder im Kontakt mit Behörden.",
      },
      { kind: "heading", text: "§ 2 Aufgaben der Beratungsstelle" },
      {
        kind: "list",
        items: [
          "Vertrauliche und kostenlose Beratung von Betroffenen, auf Wunsch anonym und mit Dolmetschen; Begleitung bei Beschwerden und Hinweis auf Fristen, etwa die Zwei-Monats-Frist des § 21 Abs. 5 AGG.",
          "Vermittlung und Gespräche mit der Gegenseite, wenn die Betroffenen es wünschen.",
          "Sprechstunden [in der Kreisstadt und in wechselnden Gemeinden], telefonisch und online.",
          "Öffentlichkeitsarbeit und Fortbildungen für Verwaltungen, Schulen und Vereine.",
          "Ein jährlicher anonymisierter Bericht über Zahl und Art der Anfragen; kleine Fallzahlen werden zusammengefasst, damit niemand erkennbar ist.",
        ],
      },
      { kind: "heading", text: "§ 3 Unabhängigkeit und Vertraulichkeit" },
      {
        kind: "paragraph",
        text: "Die Beratungsstelle ist in der Beratung fachlich unabhängig und an Weisungen der Kommunen nicht gebunden. Sie gibt Angaben über Ratsuchende nur mit deren Einwilligung weiter. Richtet sich eine Beschwerde gegen eine beteiligte Kommune, berät sie ebenso wie in jedem anderen Fall.",
      },
      { kind: "heading", text: "§ 4 Aufgaben der Kommunen" },
      {
        kind: "list",
        items: [
          "Der Landkreis koordiniert, stellt [Räume in der Kreisstadt] und benennt eine Ansprechperson im Landratsamt.",
          "Die Gemeinden stellen für Sprechstunden vor Ort einen Raum zur Verfügung und machen das Angebot bekannt – auf ihrer Website, im Bürgerbüro und im Gemeindeblatt.",
          "Alle Beteiligten benennen die Beratungsstelle in ihren eigenen Informationen und verweisen Ratsuchende an sie.",
        ],
      },
      { kind: "heading", text: "§ 5 Finanzierung" },
      {
        kind: "list",
        items: [
          "Die Kosten von jährlich [Betrag] Euro (Personal [Stellenumfang], Sachkosten, Dolmetschen) tragen der Landkreis zu [Anteil] und die Gemeinden zu [Anteil], verteilt nach [Einwohnerzahl].",
          "Der Träger bemüht sich um Fördermittel von Bund, Land oder Stiftungen und legt den Beteiligten jährlich einen Verwendungsnachweis vor.",
        ],
      },
      { kind: "heading", text: "§ 6 Steuerung, Laufzeit und Kündigung" },
      {
        kind: "list",
        items: [
          "Ein Beirat aus je einer Person der Beteiligten, des Integrationsbeirats und von Migrant*innenorganisationen trifft sich [zweimal] im Jahr, bespricht den Bericht und schlägt Änderungen vor.",
          "Die Vereinbarung gilt ab [Datum] für [drei] Jahre und verlängert sich um jeweils [ein] Jahr, wenn niemand sie [sechs] Monate vor Ablauf kündigt.",
        ],
      },
      {
        kind: "paragraph",
        text: "[Ort], den [Datum] – für den Landkreis: [Unterschrift] – für die Gemeinden: [Unterschriften] – für den Träger: [Unterschrift]",
      },
      {
        kind: "paragraph",
        text: "Hinweis: Diese Vorlage ist ein Ausgangspunkt und keine Rechtsberatung. Prüfen Sie mit Ihrer Rechtsabteilung, ob eine Zweckvereinbarung nach dem Gesetz über die kommunale Zusammenarbeit (KommZG) oder ein Zuwendungsbescheid an den Träger der passende Rahmen ist, und beteiligen Sie Ihre Datenschutzbeauftragten.",
      },
    ],
  },
];

export function findTemplate(slug: string): Template | undefined {
  return TEMPLATES.find((template) => template.slug === slug);
}
