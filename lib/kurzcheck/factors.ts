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
    summary: "Wenn Bürgermeister*in oder Landrät*in das Thema selbst vertreten, bekommt Integration in Verwaltung und Öffentlichkeit Gewicht.",
    why: [
      "Integration berührt fast jede Aufgabe der Verwaltung: Bürgerbüro, Kita und Schule, Wirtschaftsförderung, Wohnen – im Landkreis und in der kreisfreien Stadt auch Jugendamt und Ausländerbehörde. Ohne Rückendeckung der Verwaltungsspitze bleibt sie die Aufgabe einer einzelnen Stelle und versandet zwischen den Zuständigkeiten.",
      "Die Spitze setzt Prioritäten, verteilt Personal und Geld und spricht für die ganze Kommune. Wenn sie sichtbar Position bezieht, wissen Mitarbeiter*innen, Vereine und Betriebe, dass Integration gewollt ist – und Zugewanderte erleben, dass sie dazugehören.",
      "Das Engagement der Spitze ist deshalb ein entscheidender Erfolgsfaktor: Leitbild, Stabsstelle, Netzwerk und Fortbildungen kommen leichter voran, wenn jemand mit Entscheidungsbefugnis sie unterstützt.",
    ],
    practice: [
      "Die Bürgermeisterin eröffnet die Interkulturelle Woche, der Landrat empfängt neu Eingebürgerte im Landratsamt.",
      "Integration steht regelmäßig auf der Tagesordnung der Amtsleitungsrunde, nicht nur bei Problemen.",
      "Die Spitze bezieht öffentlich Stellung, wenn Menschen wegen ihrer Herkunft angefeindet werden.",
      "Die*der Integrationsbeauftragte berichtet direkt an die Verwaltungsspitze und hat dort kurze Wege.",
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
    summary: "Ein gemeinsam erarbeitetes Leitbild sagt, wofür die Kommune steht; ein Integrationskonzept sagt, was sie bis wann erreichen will.",
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
    summary: "Eine benannte Person bündelt die Integrationsarbeit, und die ganze Verwaltung wirkt verbindlich daran mit.",
    why: [
      "Integration braucht ein Gesicht und eine Adresse. Ein*e Integrationsbeauftragte*r ist Ansprechperson für Zugewanderte, Ehrenamtliche, Vereine und Ämter und hält die Fäden zusammen.",
      "Wirksam wird die Stelle, wenn sie als Stabsstelle nah an der Verwaltungsspitze angesiedelt ist, einen schriftlichen Auftrag hat und nicht nebenbei mit wenigen Stunden besetzt ist.",
      "Eine Person allein setzt Integration aber nicht um. Die Stelle kommt erst voran, wenn die übrigen Ämter mitziehen: wenn sie Informationen teilen, Vorhaben gemeinsam planen und die*den Beauftragte*n früh einbeziehen. Diese Mitwirkung sollte die Verwaltungsspitze ausdrücklich erwarten und schriftlich festhalten.",
    ],
    practice: [
      "Eine Stabsstelle Integration im Büro der Oberbürgermeisterin oder des Oberbürgermeisters, mit eigener Vollzeitstelle und Budget.",
      "In kleineren Gemeinden eine benannte Mitarbeiterin mit festem Stundenanteil, die sich mit den Integrationsbeauftragten der Nachbargemeinden und des Landratsamts austauscht.",
      "In jedem Amt eine Ansprechperson für Integration; die Ansprechpersonen treffen sich regelmäßig mit der*dem Integrationsbeauftragten.",
      "Eine Dienstanweisung der Spitze legt fest, dass die Ämter die*den Integrationsbeauftragte*n bei Vorhaben beteiligen, die Zugewanderte betreffen.",
    ],
    firstSteps: [
      "Benennen Sie eine verantwortliche Person und machen Sie Namen und Kontakt intern wie öffentlich bekannt.",
      "Schreiben Sie Auftrag, Befugnisse und Stundenumfang in einer kurzen Stellenbeschreibung fest.",
      "Bitten Sie jedes Amt, eine Ansprechperson für Integration zu benennen, und halten Sie fest, wann die Ämter die*den Beauftragte*n einbeziehen.",
      "Vereinbaren Sie einen regelmäßigen Bericht an die Verwaltungsspitze und den Rat.",
    ],
  },
  {
    slug: "ressourcen",
    title: "Ressourcen",
    summary: "Ziele ohne Personal, Zeit und Geld bleiben Absichtserklärungen. Integrationsarbeit braucht eine verlässliche Ausstattung.",
    why: [
      "Ausgaben für Bildung, Sprache und Teilhabe sind eine Investition: Kommunen dürfen sich davon Fachkräfte, Steuereinnahmen und einen stärkeren Zusammenhalt erhoffen. Diese Investition sollte im Haushalt sichtbar sein.",
      "Verlässlichkeit zählt mehr als Höhe: Projekte, die jedes Jahr neu um Mittel bangen, verlieren Personal und Vertrauen. Ein fester Haushaltsansatz und unbefristete Stellen schaffen Kontinuität.",
      "Fördermittel von Land, Bund und EU können viel bewirken. Sie verlangen aber meist Eigenanteile und Arbeit für Antrag und Abrechnung.",
    ],
    practice: [
      "Ein eigener Haushaltsansatz „Integration“ mit Mitteln für Projekte, Veranstaltungen und Übersetzungen.",
      "Stunden für Integrationsaufgaben in den Stellenbeschreibungen der beteiligten Ämter.",
      "Eine Übersicht der passenden Förderprogramme, gepflegt von der Stabsstelle.",
    ],
    firstSteps: [
      "Stellen Sie zusammen, welche Mittel und Stunden heute schon in Integrationsarbeit fließen – oft mehr, als man denkt.",
      "Planen Sie für den nächsten Haushalt einen eigenen Ansatz für Integration ein.",
      "Prüfen Sie, welche Förderprogramme von Land, Bund und EU zu Ihren Zielen passen, und planen Sie Eigenanteile und Personal für Antrag und Abrechnung ein.",
    ],
  },
  {
    slug: "willkommenskultur",
    title: "Willkommenskultur",
    summary: "Eine Kommune zeigt öffentlich, dass neue Bürger*innen willkommen sind und ihre Leistungen anerkannt werden.",
    why: [
      "Der erste Eindruck prägt: Wer sich beim Ankommen willkommen fühlt, findet leichter Anschluss und lernt die Angebote kennen. Davon können auch Betriebe profitieren, die Fachkräfte suchen.",
      "Anerkennung richtet sich an alle: an Neuzugezogene ebenso wie an Menschen, die seit Jahrzehnten hier leben und sich engagieren. Sie macht sichtbar, dass Vielfalt zur Kommune gehört.",
    ],
    practice: [
      "Mehrsprachige Willkommensplakate und eine Willkommensmappe im Bürgerbüro.",
      "Ein jährlicher Neubürger*innenempfang; in Landkreisen und kreisfreien Städten, die einbürgern, eine feierliche Einbürgerungsfeier.",
      "Interkulturelle Wochen, Feste der Vielfalt und Ehrungen für Engagement in der Integrationsarbeit.",
    ],
    firstSteps: [
      "Gehen Sie den Weg einer neu zugezogenen Familie durch Ihre Verwaltung einmal selbst: Wo fehlt Information, wo hilft ein Wort in einer anderen Sprache?",
      "Heißen Sie neu Eingebürgerte persönlich willkommen: als Landkreis oder kreisfreie Stadt bei der Einbürgerungsfeier, als Gemeinde mit einem kleinen Empfang im Rathaus.",
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
      "Migrant*innenorganisationen als Partnerinnen in Projekten und bei der Erarbeitung des Integrationskonzepts.",
    ],
    firstSteps: [
      "Finden Sie heraus, welche Migrant*innenorganisationen und Initiativen es in Ihrer Kommune gibt, und laden Sie sie zu einem Gespräch ein.",
      "Fragen Sie bei der nächsten Planung, die alle betrifft, gezielt auch zugewanderte Bürger*innen nach ihrer Sicht.",
      "Würdigen Sie ehrenamtliches Engagement öffentlich und sorgen Sie für eine Ansprechperson in der Verwaltung.",
    ],
  },
  {
    slug: "netzwerk",
    title: "Netzwerk",
    summary: "Wer vor Ort mit Integration zu tun hat, kennt sich, stimmt sich ab und weiß, wer wofür zuständig ist; die Kommune hält die Fäden zusammen.",
    why: [
      "Sprachkursträger, Migrationsberatung, Jobcenter, Schulen, Kitas, Wohlfahrtsverbände und Ehrenamtliche: An der Integration vor Ort arbeiten viele Akteur*innen. Wissen sie wenig voneinander, bleiben Lücken offen, Angebote überschneiden sich, und Ratsuchende werden von Stelle zu Stelle geschickt.",
      "Die Kommune oder das Landratsamt eignet sich für die Koordination: Sie überblickt den Ort, kann neutral einladen und Ergebnisse in Verwaltung und Rat tragen. Die Fachstellen behalten ihre Aufgaben; die Kommune sorgt dafür, dass sie ineinandergreifen.",
    ],
    practice: [
      "Ein Runder Tisch Integration, zu dem die Stabsstelle zweimal im Jahr mit Tagesordnung einlädt; ein kurzes Protokoll hält fest, wer was übernimmt.",
      "Ein gemeinsamer Wegweiser durch Sprachkurse und Beratungsstellen, den alle Partner*innen aktuell halten – im Internet und als Faltblatt.",
      "Feste Absprachen für Übergänge, zum Beispiel vom Integrationskurs zur Berufsberatung.",
      "Arbeitsgruppen zu einzelnen Themen wie Wohnen oder Ausbildung, in denen auch Arbeitgeber*innen mitarbeiten.",
    ],
    firstSteps: [
      "Schreiben Sie auf, welche Stellen, Vereine und Initiativen in Ihrer Kommune mit Zugewanderten arbeiten und wer dort Ansprechperson ist.",
      "Laden Sie zu einem ersten Treffen ein und klären Sie, wer das Netzwerk künftig koordiniert und wie oft es sich trifft.",
      "Sammeln Sie schon beim ersten Treffen, wo Angebote fehlen und wo sie sich doppeln.",
    ],
  },
  {
    slug: "interkulturelle-oeffnung",
    title: "Interkulturelle Öffnung",
    summary: "Die Verwaltung richtet ihre Strukturen und Angebote auf eine vielfältige Bevölkerung aus und baut Zugangshürden ab.",
    why: [
      "Die Bevölkerung ist vielfältig, die Leistungen der Kommune sind für alle da. Sprache, Formulare, Öffnungszeiten oder fehlendes Wissen können dennoch Hürden sein, die manche Gruppen faktisch ausschließen.",
      "Interkulturelle Öffnung ist ein Organisationsprozess: Die Verwaltung prüft ihre Angebote, ihr Personal und ihre Abläufe darauf, ob sie alle Bürger*innen erreichen – und ändert, was nicht passt. Davon profitieren auch ältere Menschen, Menschen mit Behinderung oder wenig Schriftsprache.",
    ],
    practice: [
      "Wichtige Formulare und Bescheide mit Erläuterungen in einfacher Sprache und den häufigsten Sprachen vor Ort.",
      "Ein Pool von Dolmetscher*innen oder Videodolmetschen für Beratungsgespräche.",
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
    summary: "Die Kommune als Arbeitgeberin wirbt gezielt Zugewanderte an, bildet aus, fördert und qualifiziert sie auf allen Ebenen.",
    why: [
      "Eine Verwaltung, die die Vielfalt der Bevölkerung in ihrem Personal abbildet, versteht ihre Bürger*innen besser und wird von ihnen als „ihre“ Verwaltung erlebt.",
      "Der öffentliche Dienst sucht selbst Fachkräfte. Zugewanderte und ihre Kinder sind ein Potenzial, das viele Kommunen noch zu wenig ansprechen – besonders für Ausbildungsplätze.",
      "Wichtig ist der ganze Weg: nicht nur einstellen, sondern auch fördern, weiterqualifizieren und für Führungsaufgaben öffnen.",
    ],
    practice: [
      "Stellenanzeigen mit dem Satz, dass Bewerbungen unabhängig von Herkunft ausdrücklich erwünscht sind, und Ausbildungswerbung an Mittelschulen und in Migrant*innenorganisationen.",
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
    summary: "Mitarbeiter*innen und Führungskräfte lernen regelmäßig, wie sie einer vielfältigen Bürgerschaft sicher und respektvoll begegnen.",
    why: [
      "Am Schalter, am Telefon und in der Beratung erleben Bürger*innen, wie ihre Verwaltung sie behandelt. Wer interkulturell geschult ist, bemerkt Missverständnisse früher, erklärt Abläufe verständlicher und bleibt auch in angespannten Gesprächen gelassen.",
      "Führungskräfte setzen den Ton in ihren Teams und entscheiden über Abläufe; deshalb lohnt es sich, mit ihnen zu beginnen. Eine einzelne Schulung verändert wenig. Wirksam wird Fortbildung, wenn sie regelmäßig stattfindet und zur Personalentwicklung gehört.",
    ],
    practice: [
      "Ein festes Angebot im jährlichen Fortbildungsprogramm: interkulturelle Kompetenz, Diskriminierung im Verwaltungsalltag, verständliche Sprache.",
      "Pflichtmodule für neue Führungskräfte und für Teams mit viel Kontakt zu Bürger*innen.",
      "Kollegiale Fallberatung, in der Mitarbeiter*innen schwierige Situationen aus ihrem Alltag gemeinsam durchsprechen.",
    ],
    firstSteps: [
      "Bieten Sie zuerst den Amtsleitungen eine Fortbildung an.",
      "Nehmen Sie interkulturelle Kompetenz in das Fortbildungsprogramm und in die Einarbeitung neuer Mitarbeiter*innen auf.",
      "Fragen Sie Mitarbeiter*innen mit viel Publikumsverkehr, welche Situationen ihnen schwerfallen, und richten Sie die Inhalte danach aus.",
    ],
  },
  {
    slug: "gegen-rassismus",
    title: "Gegen Rassismus und Diskriminierung",
    summary:
      "Verwaltungsspitze und Beschäftigte beziehen gemeinsam Stellung, wenn Menschen herabgesetzt oder ausgegrenzt werden – in der Öffentlichkeit und im eigenen Haus.",
    why: [
      "Rassismus und Diskriminierung verletzen Menschen und verbauen ihnen Chancen, etwa bei der Wohnungssuche oder im Beruf. Wer sie erlebt, zieht sich oft zurück. Schweigt die Kommune, kann das als Zustimmung verstanden werden.",
      "Glaubwürdig wird eine Haltung, wenn sie nach außen und nach innen gilt: in den öffentlichen Worten der Spitze ebenso wie bei der Frage, ob eigene Regeln und Abläufe manche Gruppen ungewollt benachteiligen.",
    ],
    practice: [
      "Die Kommune beteiligt sich an den Internationalen Wochen gegen Rassismus oder schließt sich einem regionalen Bündnis an.",
      "Nach einer Anfeindung wegen der Herkunft meldet sich die Spitze öffentlich zu Wort und sucht das Gespräch mit den Betroffenen.",
      "Ein Verhaltenskodex für Beschäftigte beschreibt, was gilt und wie Beschwerden bearbeitet werden.",
    ],
    firstSteps: [
      "Halten Sie die Absage an Rassismus und Diskriminierung in Ihrem Leitbild fest.",
      "Vereinbaren Sie vorab, wer sich äußert und wer Betroffene unterstützt, falls es vor Ort zu einem rassistischen Vorfall kommt.",
      "Setzen Sie das Thema auf die Tagesordnung der nächsten Personalversammlung.",
    ],
  },
  {
    slug: "agg-beschwerdestelle",
    title: "AGG-Beschwerdestelle und Antidiskriminierungsberatung",
    summary:
      "Beschäftigte können sich an eine interne Beschwerdestelle nach dem AGG wenden; Bürger*innen finden eine öffentliche Antidiskriminierungsberatung.",
    why: [
      "Das Allgemeine Gleichbehandlungsgesetz (AGG) verpflichtet Arbeitgeber*innen, also auch die Kommune, zu einer Beschwerdestelle für Beschäftigte. Sie muss bekannt und erreichbar sein.",
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
    summary: "Jedes Amt weiß, was es zur Integration beiträgt; Zielvereinbarungen mit den Amtsleitungen machen diese Beiträge verbindlich und überprüfbar.",
    why: [
      "Integration betrifft das Bürgerbüro ebenso wie Kita, Wirtschaftsförderung oder Bauamt – im Landkreis und in der kreisfreien Stadt auch das Jugendamt. Bleibt offen, wer was beisteuert, fühlt sich am Ende nur die Stabsstelle zuständig.",
      "Zielvereinbarungen zwischen der Spitze und den Ämtern übersetzen das Integrationskonzept in Aufgaben mit Termin. So wird sichtbar, was jedes Amt leistet, und die Spitze kann rechtzeitig nachsteuern.",
    ],
    practice: [
      "Im Integrationskonzept nennt jedes Amt einen eigenen Beitrag und eine zuständige Person.",
      "Die jährlichen Zielvereinbarungen mit den Amtsleitungen enthalten mindestens ein Integrationsziel.",
      "Eine ämterübergreifende Arbeitsgruppe kommt regelmäßig zusammen und berichtet der Spitze über den Stand.",
    ],
    firstSteps: [
      "Bitten Sie jedes Amt um eine kurze Beschreibung, was es heute schon zur Integration beiträgt.",
      "Vereinbaren Sie im nächsten Jahresgespräch mit einer Amtsleitung ein konkretes Integrationsziel mit Termin.",
      "Gründen Sie eine Arbeitsgruppe, in die jedes Amt eine*n Vertreter*in entsendet.",
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
