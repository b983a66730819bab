/**
 * The success factors of municipal integration work, after the NIKO brochure
 * "Integration ist Chefsache!" (2020). Each has a guidance page at
 * /erfolgsfaktoren/[slug]; check items link here. The texts are our own.
 */
export interface SuccessFactor {
  slug: string;
  title: string;
  /** One sentence for lists and the page's meta description. */
  summary: string;
  /** Why the factor matters for a Kommune. */
  why: string[];
  /** What it looks like in practice. */
  practice: string[];
  /** What a Kommune can start with tomorrow. */
  firstSteps: string[];
}

export const SUCCESS_FACTORS = [
  {
    slug: "chefsache",
    title: "Integration ist Chefsache",
    summary:
      "Wenn Bürgermeister*in oder Landrät*in das Thema selbst vertreten, bekommt Integration in Verwaltung und Öffentlichkeit Gewicht.",
    why: [
      "Integration berührt fast jedes Amt: Bürgerbüro, Jugendamt, Schulen, Wirtschaftsförderung, Wohnen. Ohne Rückendeckung der Verwaltungsspitze bleibt sie die Aufgabe einer einzelnen Stelle und versandet zwischen den Zuständigkeiten.",
      "Die Spitze setzt Prioritäten, verteilt Personal und Geld und spricht für die ganze Kommune. Wenn sie sichtbar Position bezieht, wissen Mitarbeiter*innen, Vereine und Betriebe, dass Integration gewollt ist – und Zugewanderte erleben, dass sie dazugehören.",
      "Das Engagement der Spitze ist deshalb der Erfolgsfaktor, der alle anderen trägt: Leitbild, Stabsstelle, Netzwerk und Fortbildungen gelingen leichter, wenn jemand mit Entscheidungsmacht dahintersteht.",
    ],
    practice: [
      "Die Bürgermeisterin eröffnet die Interkulturelle Woche, der Landrat empfängt neu Eingebürgerte im Landratsamt.",
      "Integration steht regelmäßig auf der Tagesordnung der Amtsleitungsrunde, nicht nur bei Problemen.",
      "Die Spitze bezieht öffentlich Stellung, wenn Menschen wegen ihrer Herkunft angefeindet werden.",
      "Die Integrationsbeauftragte berichtet direkt an die Verwaltungsspitze und hat dort kurze Wege.",
    ],
    firstSteps: [
      "Legen Sie fest, wer in der Verwaltung für Integration zuständig ist, und laden Sie diese Person zu einem festen Termin im Quartal ein.",
      "Nutzen Sie den nächsten öffentlichen Anlass, um zu sagen, warum Integration für Ihre Kommune wichtig ist.",
      "Füllen Sie den Kurz-Check gemeinsam mit Ihrer Amtsleitungsrunde aus und besprechen Sie die Unterschiede in den Einschätzungen.",
    ],
  },
  {
    slug: "leitbild-und-integrationskonzept",
    title: "Leitbild & Integrationskonzept",
    summary:
      "Ein gemeinsam erarbeitetes Leitbild sagt, wofür die Kommune steht; ein Integrationskonzept sagt, was sie bis wann erreichen will.",
    why: [
      "Ein Leitbild beschreibt das Selbstverständnis: Integration und Inklusion als Haltung der ganzen Kommune, eine klare Absage an Diskriminierung und Rassismus. Es gibt Orientierung, wenn im Alltag Entscheidungen anstehen.",
      "Das Integrationskonzept übersetzt diese Haltung in Handlungsfelder – etwa Sprache, Bildung, Arbeit, Wohnen, Gesundheit, Zusammenleben – mit Zielen, die man erreichen und überprüfen kann.",
      "Entscheidend ist der Weg dorthin: Wenn Verwaltung, Politik, Fachdienste, Verbände, Vereine und Zugewanderte selbst mitschreiben, tragen sie das Ergebnis später auch mit. Ein Konzept aus der Schublade bewirkt wenig.",
    ],
    practice: [
      "Eine Auftaktkonferenz mit allen Beteiligten sammelt Stärken, Lücken und Wünsche; Arbeitsgruppen formulieren daraus Ziele je Handlungsfeld.",
      "Der Gemeinderat oder Kreistag beschließt das Konzept; es wird auf der Internetseite und in leichter Sprache veröffentlicht.",
      "In einem Landkreis stimmt das Landratsamt das Konzept mit den kreisangehörigen Gemeinden ab, damit es auch vor Ort gilt.",
    ],
    firstSteps: [
      "Prüfen Sie, ob es in Ihrer Kommune schon Leitlinien gibt, an die Sie anknüpfen können, etwa ein Stadtentwicklungs- oder Sozialkonzept.",
      "Stellen Sie eine kleine Steuerungsgruppe aus Verwaltung, Politik und Zivilgesellschaft zusammen und planen Sie eine Auftaktveranstaltung.",
      "Halten Sie für jedes Ziel fest, woran Sie in zwei Jahren erkennen, dass Sie es erreicht haben.",
    ],
  },
  {
    slug: "integrationsbeauftragte",
    title: "Integrationsbeauftragte*r",
    summary:
      "Eine benannte Person mit klarem Auftrag bündelt die Integrationsarbeit, hält Kontakte und treibt Vorhaben voran.",
    why: [
      "Integration braucht ein Gesicht und eine Adresse. Eine Integrationsbeauftragte oder ein Integrationsbeauftragter ist Ansprechperson für Zugewanderte, Ehrenamtliche, Vereine und Ämter und hält die Fäden zusammen.",
      "Wirksam wird die Stelle, wenn sie als Stabsstelle nah an der Verwaltungsspitze angesiedelt ist, einen schriftlichen Auftrag hat und nicht nebenbei mit wenigen Stunden besetzt ist.",
    ],
    practice: [
      "Eine Stabsstelle Integration im Büro des Oberbürgermeisters, mit eigener Vollzeitstelle und Budget.",
      "In kleineren Gemeinden eine benannte Mitarbeiterin mit festem Stundenanteil, die sich mit den Integrationsbeauftragten der Nachbargemeinden und des Landratsamts austauscht.",
      "Ehrenamtliche Integrationsbeauftragte aus dem Gemeinderat, unterstützt durch eine hauptamtliche Ansprechperson in der Verwaltung.",
    ],
    firstSteps: [
      "Benennen Sie eine verantwortliche Person und machen Sie Namen und Kontakt intern wie öffentlich bekannt.",
      "Schreiben Sie Auftrag, Befugnisse und Stundenumfang in einer kurzen Stellenbeschreibung fest.",
      "Vereinbaren Sie einen regelmäßigen Bericht an die Verwaltungsspitze und den Rat.",
    ],
  },
  {
    slug: "ressourcen",
    title: "Ressourcen",
    summary: "Ziele ohne Personal, Zeit und Geld bleiben Absichtserklärungen. Integrationsarbeit braucht eine verlässliche Ausstattung.",
    why: [
      "Integration ist eine Investition: Bildung, Sprache und Teilhabe heute sichern Fachkräfte, Steuereinnahmen und sozialen Frieden von morgen. Diese Investition muss im Haushalt sichtbar werden.",
      "Verlässlichkeit zählt mehr als Höhe: Projekte, die jedes Jahr neu um Mittel bangen, verlieren Personal und Vertrauen. Ein fester Haushaltsansatz und unbefristete Stellen schaffen Kontinuität.",
      "Fördermittel von Land, Bund und EU können viel bewirken, wenn die Kommune Eigenanteile und Personal für Antrag und Abrechnung einplant.",
    ],
    practice: [
      "Ein eigener Haushaltsansatz „Integration“ mit Mitteln für Projekte, Veranstaltungen und Übersetzungen.",
      "Stunden für Integrationsaufgaben in den Stellenbeschreibungen der beteiligten Ämter.",
      "Eine Übersicht der passenden Förderprogramme, gepflegt von der Stabsstelle.",
    ],
    firstSteps: [
      "Stellen Sie zusammen, welche Mittel und Stunden heute schon in Integrationsarbeit fließen – oft mehr, als man denkt.",
      "Planen Sie für den nächsten Haushalt einen eigenen Ansatz für Integration ein.",
      "Lassen Sie sich zu Förderprogrammen beraten, etwa im Netzwerk NIKO.",
    ],
  },
  {
    slug: "willkommenskultur",
    title: "Willkommenskultur",
    summary: "Eine Kommune zeigt öffentlich, dass neue Bürger*innen willkommen sind und ihre Leistungen anerkannt werden.",
    why: [
      "Der erste Eindruck prägt: Wer sich beim Ankommen willkommen fühlt, findet schneller Anschluss, lernt die Angebote kennen und bleibt eher – ein Vorteil auch für Betriebe, die Fachkräfte suchen.",
      "Anerkennung richtet sich an alle: an Neuzugezogene ebenso wie an Menschen, die seit Jahrzehnten hier leben und sich engagieren. Sie macht sichtbar, dass Vielfalt zur Kommune gehört.",
    ],
    practice: [
      "Mehrsprachige Willkommensplakate und eine Willkommensmappe im Bürgerbüro.",
      "Ein jährlicher Empfang für Neubürger*innen und eine feierliche Einbürgerungsfeier im Rathaus.",
      "Interkulturelle Wochen, Feste der Vielfalt und Ehrungen für Engagement in der Integrationsarbeit.",
    ],
    firstSteps: [
      "Gehen Sie den Weg einer neu zugezogenen Familie durch Ihre Verwaltung einmal selbst: Wo fehlt Information, wo hilft ein Wort in einer anderen Sprache?",
      "Laden Sie zur nächsten Einbürgerung persönlich ein und gestalten Sie einen kleinen, würdigen Rahmen.",
      "Stellen Sie die wichtigsten Informationen für Neuzugezogene auf einer Seite zusammen, auch in einfacher Sprache.",
    ],
  },
  {
    slug: "beteiligung",
    title: "Beteiligung",
    summary: "Zugewanderte und Einheimische gestalten das Zusammenleben mit – durch Engagement, Dialog und Mitsprache.",
    why: [
      "Integration ist ein Prozess, der beide Seiten verändert. Er gelingt, wenn Zugewanderte nicht nur Zielgruppe sind, sondern mitreden, mitentscheiden und sich selbst engagieren.",
      "Bürgerschaftliches Engagement schafft Begegnung: Wer gemeinsam gärtnert, kocht, Sport treibt oder Nachbarschaftshilfe organisiert, baut Vorurteile ab und knüpft Netze, die im Alltag tragen.",
    ],
    practice: [
      "Ein Integrations- oder Migrationsbeirat, der vom Rat gehört wird.",
      "Integrationslots*innen und Stadtteilmütter, die Neuzugezogene begleiten.",
      "Ein interreligiöser Runder Tisch, Dialogkreise oder interkulturelle Gärten.",
      "Migrantenorganisationen als Partner in Projekten und bei der Erarbeitung des Integrationskonzepts.",
    ],
    firstSteps: [
      "Finden Sie heraus, welche Migrantenorganisationen und Initiativen es in Ihrer Kommune gibt, und laden Sie sie zu einem Gespräch ein.",
      "Fragen Sie bei der nächsten Planung, die alle betrifft, gezielt auch zugewanderte Bürger*innen nach ihrer Sicht.",
      "Würdigen Sie ehrenamtliches Engagement öffentlich und sorgen Sie für eine Ansprechperson in der Verwaltung.",
    ],
  },
  {
    slug: "netzwerk",
    title: "Netzwerk",
    summary: "Die Kommune koordiniert ein Netzwerk aller Fachkräfte und Beteiligten, damit Angebote zusammenpassen.",
    why: [
      "Beratungsdienste, Sprachkurse, Jobcenter, Schulen, Kitas, Wohlfahrtsverbände, Ehrenamt: Viele arbeiten an Integration, oft ohne voneinander zu wissen. Lücken und Doppelangebote sind die Folge.",
      "Die Kommune oder das Landratsamt ist der natürliche Knoten: Sie kennt die Lage vor Ort, kann einladen und hat den Auftrag für das Gemeinwohl. Koordination spart Geld und Wege – für Fachkräfte wie für Ratsuchende.",
    ],
    practice: [
      "Ein Runder Tisch Integration, der sich zweimal im Jahr trifft und von der Stabsstelle vorbereitet wird.",
      "Eine gemeinsame Übersicht aller Sprachkurse und Beratungsangebote, online und gedruckt.",
      "Verabredete Übergänge, etwa vom Integrationskurs in die Arbeitsvermittlung.",
    ],
    firstSteps: [
      "Erstellen Sie eine Liste aller Stellen, die in Ihrer Kommune mit Integration zu tun haben.",
      "Laden Sie zu einem ersten Netzwerktreffen ein und vereinbaren Sie, wer künftig koordiniert.",
      "Klären Sie gemeinsam, wo Angebote fehlen oder doppelt vorhanden sind.",
    ],
  },
  {
    slug: "interkulturelle-oeffnung",
    title: "Interkulturelle Öffnung",
    summary:
      "Die Verwaltung richtet ihre Strukturen und Angebote auf eine vielfältige Bevölkerung aus und baut Zugangshürden ab.",
    why: [
      "Die Bevölkerung ist vielfältig, die Leistungen der Kommune sind für alle da. Sprache, Formulare, Öffnungszeiten oder fehlendes Wissen können dennoch Hürden sein, die manche Gruppen faktisch ausschließen.",
      "Interkulturelle Öffnung ist ein Organisationsprozess: Die Verwaltung prüft ihre Angebote, ihr Personal und ihre Abläufe darauf, ob sie alle Bürger*innen erreichen – und ändert, was nicht passt. Davon profitieren auch ältere Menschen, Menschen mit Behinderung oder wenig Schriftsprache.",
    ],
    practice: [
      "Wichtige Formulare und Bescheide mit Erläuterungen in einfacher Sprache und den häufigsten Sprachen vor Ort.",
      "Ein Dolmetscherpool oder Videodolmetschen für Beratungsgespräche.",
      "Eine Auswertung, wer welche Angebote nutzt – etwa Kitaplätze, Musikschule, Sportförderung – und wer nicht.",
    ],
    firstSteps: [
      "Wählen Sie ein Amt mit viel Publikumsverkehr und prüfen Sie dort gemeinsam mit Nutzer*innen, wo es hakt.",
      "Sammeln Sie die Sprachkenntnisse Ihrer Mitarbeiter*innen, die freiwillig helfen möchten.",
      "Nehmen Sie interkulturelle Öffnung als Ziel in Ihr Integrationskonzept auf.",
    ],
  },
  {
    slug: "einstellung",
    title: "Einstellung von Zuwanderer*innen",
    summary:
      "Die Kommune als Arbeitgeberin wirbt gezielt Zugewanderte an, bildet aus, fördert und qualifiziert sie auf allen Ebenen.",
    why: [
      "Eine Verwaltung, die die Vielfalt der Bevölkerung in ihrem Personal abbildet, versteht ihre Bürger*innen besser und wird von ihnen als „ihre“ Verwaltung erlebt.",
      "Der öffentliche Dienst sucht selbst Fachkräfte. Zugewanderte und ihre Kinder sind ein Potenzial, das viele Kommunen noch zu wenig ansprechen – besonders für Ausbildungsplätze.",
      "Wichtig ist der ganze Weg: nicht nur einstellen, sondern auch fördern, weiterqualifizieren und für Führungsaufgaben öffnen.",
    ],
    practice: [
      "Stellenanzeigen mit dem Satz, dass Bewerbungen unabhängig von Herkunft ausdrücklich erwünscht sind, und Ausbildungswerbung an Mittelschulen und in Migrantenorganisationen.",
      "Anerkennung ausländischer Abschlüsse aktiv begleiten, Praktika für Geflüchtete anbieten.",
      "Mentoring- und Qualifizierungsprogramme, die Mitarbeiter*innen mit Einwanderungsgeschichte auf Führungsaufgaben vorbereiten.",
    ],
    firstSteps: [
      "Prüfen Sie Ihre nächste Stellenausschreibung: Wen spricht sie an, wen schreckt sie ab?",
      "Stellen Sie Ihre Ausbildungsberufe dort vor, wo junge Menschen mit Einwanderungsgeschichte sind.",
      "Vereinbaren Sie mit der Personalvertretung, wie Vielfalt in der Personalentwicklung berücksichtigt wird.",
    ],
  },
  {
    slug: "fortbildungen",
    title: "Fortbildungen",
    summary: "Regelmäßige Fortbildungen in interkultureller Kompetenz machen Mitarbeiter*innen und Führungskräfte fit für Vielfalt.",
    why: [
      "Im Publikumsverkehr entscheidet sich, ob Menschen sich von der Verwaltung respektiert fühlen. Interkulturelle Kompetenz hilft, Missverständnisse zu vermeiden und auch schwierige Gespräche gut zu führen.",
      "Führungskräfte prägen die Haltung in ihren Teams. Deshalb sollten sie zuerst geschult werden – und Fortbildungen sollten kein einmaliges Angebot sein, sondern fester Teil der Personalentwicklung.",
    ],
    practice: [
      "Ein jährliches Fortbildungsangebot zu interkultureller Kompetenz, zu Diskriminierung im Verwaltungshandeln und zu einfacher Sprache.",
      "Verpflichtende Einheiten für neue Führungskräfte und für Beschäftigte mit viel Publikumsverkehr.",
      "Kollegiale Fallberatung, in der schwierige Situationen aus dem Alltag besprochen werden.",
    ],
    firstSteps: [
      "Beginnen Sie mit einer Fortbildung für die Amtsleitungen.",
      "Nehmen Sie interkulturelle Kompetenz in das Fortbildungsprogramm und in die Einarbeitung neuer Mitarbeiter*innen auf.",
      "Fragen Sie Beschäftigte mit viel Publikumsverkehr, welche Situationen sie herausfordern.",
    ],
  },
  {
    slug: "gegen-rassismus",
    title: "Gegen Rassismus und Diskriminierung",
    summary: "Die Verwaltungsspitze tritt gemeinsam mit ihren Mitarbeiter*innen aktiv gegen Rassismus und Diskriminierung ein.",
    why: [
      "Diskriminierung verletzt Menschen, schließt sie von Teilhabe aus und vergiftet das Zusammenleben. Eine Kommune, die nicht klar widerspricht, überlässt den öffentlichen Raum denen, die spalten wollen.",
      "Haltung zeigt sich nach außen und nach innen: in öffentlichen Stellungnahmen ebenso wie im eigenen Verwaltungshandeln, das auf unbeabsichtigte Benachteiligungen geprüft wird.",
    ],
    practice: [
      "Die Kommune tritt einem Bündnis gegen Rassismus bei und beteiligt sich an den Internationalen Wochen gegen Rassismus.",
      "Die Spitze verurteilt Anfeindungen öffentlich und stellt sich hinter Betroffene.",
      "Ein Verhaltenskodex für Beschäftigte und ein klarer Weg, wie Beschwerden bearbeitet werden.",
    ],
    firstSteps: [
      "Verankern Sie die Absage an Rassismus und Diskriminierung in Ihrem Leitbild.",
      "Legen Sie fest, wie die Kommune reagiert, wenn es vor Ort zu rassistischen Vorfällen kommt.",
      "Sprechen Sie das Thema in der nächsten Personalversammlung an.",
    ],
  },
  {
    slug: "agg-beschwerdestelle",
    title: "AGG-Beschwerdestelle und Antidiskriminierungsberatung",
    summary:
      "Beschäftigte können sich an eine interne Beschwerdestelle nach dem AGG wenden; Bürger*innen finden eine öffentliche Antidiskriminierungsberatung.",
    why: [
      "Das Allgemeine Gleichbehandlungsgesetz (AGG) verpflichtet jeden Arbeitgeber, also auch die Kommune, eine Beschwerdestelle für Beschäftigte einzurichten. Sie muss bekannt und erreichbar sein.",
      "Für Bürger*innen, die Diskriminierung erleben – bei der Wohnungssuche, im Beruf, in Ämtern –, braucht es eine unabhängige Beratung vor Ort oder im Landkreis. Sie macht Diskriminierung sichtbar und hilft Betroffenen, zu ihrem Recht zu kommen.",
    ],
    practice: [
      "Eine benannte AGG-Beschwerdestelle mit Kontakt im Intranet, einem festgelegten Verfahren und Vertraulichkeit.",
      "Eine öffentliche Antidiskriminierungsberatung, allein oder gemeinsam mit Nachbarkommunen, dem Landkreis oder einem freien Träger.",
      "Eine jährliche, anonymisierte Auswertung der Anfragen.",
    ],
    firstSteps: [
      "Prüfen Sie, ob Ihre AGG-Beschwerdestelle benannt ist und ob die Beschäftigten sie kennen.",
      "Klären Sie, wohin Bürger*innen sich heute wenden können, wenn sie Diskriminierung erleben.",
      "Sprechen Sie mit Nachbarkommunen oder dem Landkreis über eine gemeinsame Beratungsstelle.",
    ],
  },
  {
    slug: "zielvereinbarungen",
    title: "Zielvereinbarungen",
    summary: "Integration ist als Querschnittsaufgabe der ganzen Verwaltung verbindlich gemacht und wird über Zielvereinbarungen gesteuert.",
    why: [
      "Integration ist keine Aufgabe eines einzelnen Amts, sondern betrifft alle. Damit das im Alltag gilt, braucht es Verbindlichkeit: Wer trägt wozu bei, bis wann?",
      "Zielvereinbarungen zwischen Verwaltungsspitze und Ämtern machen Beiträge sichtbar und steuerbar. Sie verknüpfen das Integrationskonzept mit der täglichen Arbeit.",
    ],
    practice: [
      "Jedes Amt benennt im Integrationskonzept einen eigenen Beitrag und eine verantwortliche Person.",
      "Integrationsziele werden in die jährlichen Zielvereinbarungen mit den Amtsleitungen aufgenommen.",
      "Eine ämterübergreifende Arbeitsgruppe trifft sich regelmäßig und berichtet an die Spitze.",
    ],
    firstSteps: [
      "Bitten Sie jedes Amt, in einem Satz zu beschreiben, was es zur Integration beiträgt.",
      "Nehmen Sie im nächsten Jahresgespräch mit den Amtsleitungen ein konkretes Integrationsziel auf.",
      "Richten Sie eine Arbeitsgruppe mit Vertreter*innen aller Ämter ein.",
    ],
  },
  {
    slug: "ueberpruefung",
    title: "Überprüfung",
    summary: "Die Kommune überprüft regelmäßig, ob sie ihre Integrationsziele erreicht – mit Kennzahlen und durch Befragungen.",
    why: [
      "Was nicht überprüft wird, gerät in Vergessenheit. Eine regelmäßige Überprüfung zeigt, was wirkt, wo nachgesteuert werden muss und was man dem Rat und der Öffentlichkeit als Erfolg berichten kann.",
      "Zahlen allein reichen nicht: Die Erfahrungen der Menschen, um die es geht, gehören dazu. Befragungen und Gespräche mit Zugewanderten zeigen, ob Angebote ankommen.",
    ],
    practice: [
      "Wenige, aussagekräftige Integrationsindikatoren, etwa zu Sprachkursen, Ausbildung, Beschäftigung in der Verwaltung oder Beteiligung an Beiräten.",
      "Ein jährlicher Integrationsbericht an den Rat.",
      "Befragungen von Nutzer*innen kommunaler Angebote, auch in mehreren Sprachen.",
      "Der Kurz-Check jedes Jahr, um die eigene Entwicklung zu verfolgen.",
    ],
    firstSteps: [
      "Wählen Sie drei bis fünf Kennzahlen, die zu Ihren wichtigsten Zielen passen und ohne großen Aufwand zu erheben sind.",
      "Legen Sie einen festen Termin im Jahr für den Bericht an den Rat fest.",
      "Wiederholen Sie den Kurz-Check jährlich und vergleichen Sie die Ergebnisse.",
    ],
  },
] as const satisfies readonly SuccessFactor[];

export type FactorSlug = (typeof SUCCESS_FACTORS)[number]["slug"];

export function findFactor(slug: string): SuccessFactor | undefined {
  return SUCCESS_FACTORS.find((factor) => factor.slug === slug);
}
