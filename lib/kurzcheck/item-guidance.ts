/**
 * Guidance per Kurz-Check item, in our own words after the brochure
 * "Integration ist Chefsache!" (NIKO – VIA Bayern e.V., 2020):
 * - anchors: three short, factual descriptions of what 0 %, 50 % and 100 %
 *   look like, so that two people who mark 60 % mean the same thing;
 * - next steps: one concrete step per band (low 0–30 %, middle 40–60 %,
 *   high 70–100 %), with variants where Bavarian practice differs between
 *   kreisangehörige Gemeinden, kreisfreie Städte and Landkreise, and the
 *   template at /vorlagen that helps with the step, where one fits.
 */
import type { ItemKey } from "./keys";
import type { BandKey } from "./scoring"; // "low" | "middle" | "high"

/** Where practice differs by kind of Kommune. */
/**
 * "stadt" is a kreisangehörige Stadt or Große Kreisstadt: an Amtsleitungsrunde instead of a
 * Geschäftsleitung, often an Oberbürgermeister*in; where it has no variant of its own, the
 * kreisangehörige one applies.
 */
export type KindGroup = "kreisangehoerig" | "stadt" | "kreisfrei" | "landkreis";
/** Slugs of the templates at /vorlagen (exactly these). */
export type TemplateSlug =
  | "musterbeschluss"
  | "leitbild-gliederung"
  | "stellenbeschreibung-integrationsbeauftragte"
  | "satzung-integrationsbeirat"
  | "dienstanweisung-agg-beschwerdestelle"
  | "zielvereinbarung"
  | "auftragsverarbeitung"
  | "integrationskonzept-gliederung"
  | "geschaeftsordnung-runder-tisch"
  | "integrationsbericht"
  | "kooperation-antidiskriminierungsberatung";

export interface ItemAnchors {
  at0: string;
  at50: string;
  at100: string;
}

export interface NextStep {
  /** The step for every kind of Kommune, unless byKind has one for its group. */
  text: string;
  byKind?: Partial<Record<KindGroup, string>>;
  /** The template that helps with this step, if one of the six fits. */
  template?: TemplateSlug;
}

export const ITEM_GUIDANCE: Record<ItemKey, { anchors: ItemAnchors; nextSteps: Record<BandKey, NextStep> }> = {
  beschluss: {
    anchors: {
      at0: "Es gibt keinen Beschluss des Gemeinderats, Stadtrats oder Kreistags zur Integrationspolitik.",
      at50: "Ein Beschluss liegt vor, ist aber älter als eine Wahlperiode oder enthält keinen Auftrag an die Verwaltung.",
      at100: "Ein aktueller Beschluss gibt der Verwaltung einen klaren Auftrag mit Zeitplan, und der Rat lässt sich jährlich berichten.",
    },
    nextSteps: {
      low: {
        text: "Bringen Sie einen Grundsatzbeschluss in den Rat ein: Integration ist Aufgabe der Kommune, und die Verwaltung legt bis zu einem festen Termin ein Konzept vor. Stimmen Sie den Entwurf vorher mit den Fraktionen ab.",
        byKind: {
          landkreis:
            "Bringen Sie einen Grundsatzbeschluss in den Kreistag ein: Integration ist Aufgabe des Landkreises, und das Landratsamt erarbeitet mit den kreisangehörigen Gemeinden bis zu einem festen Termin ein Konzept.",
        },
        template: "musterbeschluss",
      },
      middle: {
        text: "Ergänzen Sie den vorhandenen Beschluss um das, was fehlt: einen klaren Auftrag an die Verwaltung, einen Zeitplan und einen jährlichen Bericht im Rat.",
        template: "musterbeschluss",
      },
      high: {
        text: "Lassen Sie sich im Rat jährlich über die Umsetzung berichten und bekräftigen Sie den Beschluss zu Beginn jeder Wahlperiode mit aktualisierten Zielen.",
      },
    },
  },

  leitbild: {
    anchors: {
      at0: "Es gibt kein Leitbild, und Integration kommt in keinem Grundsatzpapier der Kommune vor.",
      at50: "Integration steht in einem Leitbild oder Konzept, aber die Absage an Rassismus fehlt oder das Papier ist kaum bekannt.",
      at100: "Ein gemeinsam erarbeitetes, vom Rat beschlossenes Leitbild nennt Integration und Inklusion, lehnt Rassismus klar ab und ist veröffentlicht.",
    },
    nextSteps: {
      low: {
        text: "Laden Sie Rat, Verwaltung, Vereine und Zugewanderte zu einer Leitbild-Werkstatt ein. Halten Sie in wenigen Sätzen fest, wofür Ihre Kommune steht: Teilhabe für alle und ein klares Nein zu Rassismus.",
        byKind: {
          landkreis:
            "Laden Sie Kreistag, Landratsamt, Vertreter*innen der kreisangehörigen Gemeinden, Verbände und Zugewanderte zu einer Leitbild-Werkstatt ein. Halten Sie in wenigen Sätzen fest, wofür der Landkreis steht.",
        },
        template: "leitbild-gliederung",
      },
      middle: {
        text: "Ergänzen Sie das Leitbild, wo nötig, um eine ausdrückliche Absage an Rassismus und Diskriminierung, lassen Sie es vom Rat beschließen und veröffentlichen Sie es auf der Website und in Ihren Dienstgebäuden.",
        template: "leitbild-gliederung",
      },
      high: {
        text: "Machen Sie das Leitbild im Alltag sichtbar, etwa in Stellenanzeigen, in der Einarbeitung und in Ratsvorlagen. Überprüfen Sie es einmal in jeder Wahlperiode gemeinsam mit den Beteiligten.",
      },
    },
  },

  konzept: {
    anchors: {
      at0: "Es gibt kein Integrationskonzept und keine Übersicht über Angebote, Akteur*innen und Lücken.",
      at50: "Ein Konzept oder Entwurf liegt vor, aber die Ziele sind allgemein gehalten oder nicht mit allen Beteiligten abgestimmt.",
      at100: "Ein beschlossenes Konzept nennt je Handlungsfeld messbare Ziele, Zuständige und Fristen; es ist abgestimmt und wird fortgeschrieben.",
    },
    nextSteps: {
      low: {
        text: "Machen Sie eine Bestandsaufnahme: Welche Angebote und Akteur*innen gibt es, wo sind Lücken? Stellen Sie das Ergebnis bei einer Auftaktveranstaltung vor und legen Sie dort die Handlungsfelder des Konzepts fest.",
        byKind: {
          kreisangehoerig:
            "Machen Sie eine Bestandsaufnahme für Ihre Gemeinde und fragen Sie beim Landratsamt nach dem Integrationskonzept des Landkreises. Bauen Sie darauf auf und halten Sie fest, was Ihre Gemeinde selbst beiträgt.",
          landkreis:
            "Machen Sie eine Bestandsaufnahme im ganzen Landkreis und beziehen Sie die kreisangehörigen Gemeinden von Anfang an ein, etwa über die Bürgermeisterdienstbesprechung. Klären Sie, welche Handlungsfelder Landkreis und Gemeinden jeweils übernehmen.",
        },
        template: "integrationskonzept-gliederung",
      },
      middle: {
        text: "Schärfen Sie das Konzept: Legen Sie je Handlungsfeld messbare Ziele, eine zuständige Stelle und eine Frist fest und halten Sie diese in Zielvereinbarungen mit den Ämtern fest.",
        byKind: {
          landkreis:
            "Stimmen Sie das Konzept mit den kreisangehörigen Gemeinden ab: Wer übernimmt welches Ziel, wer berichtet wann? Halten Sie die Aufgaben des Landratsamts in Zielvereinbarungen mit den Sachgebieten fest.",
        },
        template: "zielvereinbarung",
      },
      high: {
        text: "Werten Sie die Umsetzung anhand von Indikatoren aus, beteiligen Sie die Akteur*innen erneut und schreiben Sie das Konzept mit angepassten Zielen fort.",
        byKind: {
          landkreis:
            "Werten Sie die Umsetzung im Landkreis anhand von Indikatoren aus und schreiben Sie das Konzept gemeinsam mit den kreisangehörigen Gemeinden und den Fachdiensten fort.",
        },
        template: "integrationsbericht",
      },
    },
  },

  stabsstelle: {
    anchors: {
      at0: "Niemand ist ausdrücklich für Integration zuständig; das Thema wird nebenbei erledigt, ohne Auftrag und ohne Zeit dafür.",
      at50: "Eine Person ist benannt, aber ohne festen Stundenanteil, eigenes Budget oder direkten Zugang zur Verwaltungsspitze.",
      at100: "Eine Stabsstelle oder ein*e Integrationsbeauftragte*r hat Stellenbeschreibung, feste Stunden und Budget und ist der Spitze direkt zugeordnet.",
    },
    nextSteps: {
      low: {
        text: "Richten Sie eine Stabsstelle ein oder benennen Sie eine*n Integrationsbeauftragte*n mit Stellenbeschreibung und festen Stunden, direkt der Verwaltungsspitze zugeordnet.",
        byKind: {
          kreisangehoerig:
            "Benennen Sie eine verantwortliche Person mit einem festen Stundenanteil für Integration; in einer kleinen Gemeinde oder Verwaltungsgemeinschaft tritt sie an die Stelle einer Stabsstelle. Machen Sie sie im Ort und bei der Integrationsstelle des Landratsamts bekannt.",
        },
        template: "stellenbeschreibung-integrationsbeauftragte",
      },
      middle: {
        text: "Stärken Sie die Stelle: Ordnen Sie sie direkt der Verwaltungsspitze zu, sichern Sie Stunden und ein eigenes Budget im Haushalt und klären Sie die Aufgaben in einer Stellenbeschreibung.",
        byKind: {
          kreisangehoerig:
            "Sichern Sie den Stundenanteil der zuständigen Person im Stellenplan und ein kleines Budget im Haushalt, und klären Sie ihre Aufgaben schriftlich. Prüfen Sie mit Nachbargemeinden eine gemeinsame Stelle und stimmen Sie sich eng mit dem Landratsamt ab.",
        },
        template: "stellenbeschreibung-integrationsbeauftragte",
      },
      high: {
        text: "Sichern Sie die Stelle auf Dauer: unbefristete Besetzung, eine geregelte Vertretung und ein fester Platz in der Amtsleitungsrunde und im Rat.",
        byKind: {
          landkreis:
            "Sichern Sie die Stelle auf Dauer mit unbefristeter Besetzung und Vertretung, und machen Sie sie zur Anlaufstelle, die auch die kreisangehörigen Gemeinden berät.",
        },
      },
    },
  },

  querschnitt: {
    anchors: {
      at0: "Integration ist allein Sache einer Person oder Stelle; die übrigen Ämter sehen darin keine eigene Aufgabe.",
      at50: "Einige Ämter arbeiten mit, etwa in einer Arbeitsgruppe, aber ohne verbindliche Ziele oder feste Zuständigkeiten.",
      at100: "Jedes Amt hat eine Ansprechperson und eigene Integrationsziele in Zielvereinbarungen und berichtet jährlich über die Umsetzung.",
    },
    nextSteps: {
      low: {
        text: "Bitten Sie jedes Amt, eine Ansprechperson für Integration zu benennen, und setzen Sie das Thema fest auf die Tagesordnung der Amtsleitungsrunde.",
        byKind: {
          kreisangehoerig:
            "Besprechen Sie in der Dienstbesprechung mit allen Bereichen – etwa Bürgerbüro, Kita, Bauhof und Kämmerei –, was jeder Bereich zur Integration beitragen kann, und halten Sie das schriftlich fest.",
        },
      },
      middle: {
        text: "Machen Sie die Mitwirkung verbindlich: Vereinbaren Sie mit jeder Amtsleitung ein bis zwei Integrationsziele, die im Jahresgespräch überprüft werden.",
        template: "zielvereinbarung",
      },
      high: {
        text: "Lassen Sie die Ämter jährlich über ihre Integrationsziele berichten, fassen Sie die Ergebnisse im Bericht an den Rat zusammen und leiten Sie daraus die nächsten Vereinbarungen ab.",
      },
    },
  },

  willkommen: {
    anchors: {
      at0: "Es gibt weder Empfänge noch Willkommensinformationen; Neuzugezogene erleben nichts Besonderes von der Kommune.",
      at50: "Es gibt einzelne Zeichen wie eine Willkommensmappe oder einen Empfang, aber unregelmäßig und nur auf Deutsch.",
      at100: "Regelmäßige Empfänge, mehrsprachige Informationen und öffentliche Anlässe zeigen sichtbar, dass Neubürger*innen willkommen sind.",
    },
    nextSteps: {
      low: {
        text: "Setzen Sie ein erstes sichtbares Zeichen: eine Willkommensmappe mit den wichtigsten Anlaufstellen, in einfacher Sprache und mehreren Sprachen, die alle Neubürger*innen bei der Anmeldung erhalten.",
        byKind: {
          kreisfrei:
            "Setzen Sie ein erstes sichtbares Zeichen: Überreichen Sie die Einbürgerungsurkunden in einer Einbürgerungsfeier im Rathaus und geben Sie Neubürger*innen bei der Anmeldung eine mehrsprachige Willkommensmappe.",
          landkreis:
            "Setzen Sie ein erstes sichtbares Zeichen: eine Einbürgerungsfeier im Landratsamt statt der Urkunde am Schalter. Stellen Sie den Gemeinden außerdem eine mehrsprachige Willkommensmappe für die Anmeldung zur Verfügung.",
        },
      },
      middle: {
        text: "Machen Sie aus einzelnen Aktionen eine feste Tradition, etwa einen jährlichen Empfang für Neubürger*innen, und gestalten Sie ihn mit Vereinen, Betrieben und Zugewanderten.",
        byKind: {
          kreisangehoerig:
            "Machen Sie einen jährlichen Empfang für Neubürger*innen zur Tradition und laden Sie auch die neu Eingebürgerten Ihrer Gemeinde ein. Ihre Namen und Anschriften hat die Staatsangehörigkeitsbehörde am Landratsamt: Bitten Sie sie, Ihre Einladung zusammen mit der Einbürgerungsurkunde oder in Ihrem Auftrag zu verschicken. Dann bleibt die Einladung bei der Behörde, die die Daten für ihre eigene Aufgabe ohnehin hat, und die Gemeinde braucht keine Liste der Eingebürgerten.",
          kreisfrei:
            "Machen Sie Einbürgerungsfeier und Neubürger*innen-Empfang zu festen jährlichen Terminen mit der*dem Oberbürgermeister*in und gestalten Sie sie mit Vereinen und Migrant*innenorganisationen.",
          landkreis:
            "Machen Sie die Einbürgerungsfeier zu einem festen Termin und laden Sie die Bürgermeister*innen der Wohnorte dazu ein. Ermutigen Sie die Gemeinden zu eigenen Empfängen für Neubürger*innen.",
        },
      },
      high: {
        text: "Fragen Sie Neubürger*innen, wie sie das Ankommen erlebt haben, und entwickeln Sie die Willkommensangebote mit ihnen weiter, etwa mit Lots*innen, die selbst zugewandert sind.",
        byKind: {
          landkreis:
            "Fragen Sie Neubürger*innen, wie sie das Ankommen im Landkreis erlebt haben, und geben Sie gute Beispiele einzelner Gemeinden an alle Gemeinden weiter.",
        },
      },
    },
  },

  beteiligung: {
    anchors: {
      at0: "Die Kommune hat keinen Kontakt zu Migrant*innenorganisationen und fördert kein Engagement von Zugewanderten.",
      at50: "Es gibt Kontakte und einzelne geförderte Projekte, aber kein festes Gremium und keine regelmäßige Anhörung vor Entscheidungen.",
      at100: "Ein Integrationsbeirat oder Dialogkreis wird vor wichtigen Entscheidungen gehört; Engagement von Zugewanderten wird gefördert und gewürdigt.",
    },
    nextSteps: {
      low: {
        text: "Laden Sie Migrant*innenorganisationen, Initiativen und Ehrenamtliche zu einem ersten Gespräch ins Rathaus ein und fragen Sie, was sie von der Kommune brauchen.",
        byKind: {
          landkreis:
            "Laden Sie Migrant*innenorganisationen, Helferkreise und Initiativen aus dem ganzen Landkreis zu einem ersten Gespräch ins Landratsamt ein und fragen Sie, was sie brauchen.",
        },
      },
      middle: {
        text: "Geben Sie der Beteiligung eine feste Form: einen Integrationsbeirat mit Satzung, der vor wichtigen Entscheidungen angehört wird und über ein kleines eigenes Budget verfügt.",
        byKind: {
          kreisangehoerig:
            "Geben Sie der Beteiligung eine feste Form: In größeren Gemeinden passt ein Integrationsbeirat mit Satzung, in kleineren ein Dialogkreis, der sich zweimal im Jahr mit Bürgermeister*in und Gemeinderat trifft.",
        },
        template: "satzung-integrationsbeirat",
      },
      high: {
        text: "Öffnen Sie weitere Wege der Teilhabe: Informieren Sie EU-Bürger*innen in ihren Sprachen darüber, dass sie bei Kommunalwahlen wählen und in den Gemeinde-, Markt- oder Stadtrat und den Kreistag gewählt werden können (Erste*r Bürgermeister*in oder Landrät*in nur mit deutscher Staatsangehörigkeit, Art. 39 GLKrWG), stärken Sie den Beirat und würdigen Sie Engagement öffentlich.",
      },
    },
  },

  netzwerk: {
    anchors: {
      at0: "Die Fachstellen arbeiten nebeneinander; es gibt kein gemeinsames Treffen und keine Übersicht der Angebote.",
      at50: "Ein Runder Tisch trifft sich gelegentlich, aber ohne feste Termine, klare Koordination oder gemeinsame Angebotsübersicht.",
      at100: "Ein von der Kommune koordiniertes Netzwerk trifft sich regelmäßig, pflegt eine gemeinsame Angebotsübersicht und verfolgt gemeinsame Ziele.",
    },
    nextSteps: {
      low: {
        text: "Listen Sie alle Stellen auf, die mit Integration zu tun haben – Beratungsdienste, Sprachkursträger, Schulen, Kitas, Jobcenter, Ehrenamt –, und laden Sie sie zu einem ersten Treffen ein.",
        byKind: {
          kreisangehoerig:
            "Listen Sie die Akteur*innen in Ihrer Gemeinde auf und laden Sie sie zu einem ersten Treffen ein. Fragen Sie die Integrationsstelle des Landratsamts, welche Netzwerke es im Landkreis gibt, und schließen Sie sich an.",
          landkreis:
            "Laden Sie die kreisangehörigen Gemeinden, Jobcenter, Agentur für Arbeit, Migrationsberatung, Sprachkursträger und Schulen zu einem ersten Treffen ein. Bitten Sie jede Gemeinde um eine Ansprechperson für Integration.",
        },
        template: "geschaeftsordnung-runder-tisch",
      },
      middle: {
        text: "Geben Sie dem Netzwerk Verbindlichkeit: feste Termine im Jahr, eine koordinierende Person in der Verwaltung und eine gemeinsame, laufend gepflegte Übersicht der Angebote.",
        byKind: {
          landkreis:
            "Koordinieren Sie die Gemeinden: regelmäßige Treffen ihrer Ansprechpersonen, eine gemeinsame Angebotsübersicht für den Landkreis und Integration als fester Punkt der Bürgermeisterdienstbesprechung.",
        },
      },
      high: {
        text: "Nutzen Sie das Netzwerk für gemeinsame Ziele und Projekte, werten Sie die Zusammenarbeit jährlich aus und gewinnen Sie weitere Organisationen wie Betriebe, Kammern und Migrant*innenorganisationen.",
        byKind: {
          landkreis:
            "Vereinbaren Sie mit den Gemeinden gemeinsame Ziele für den Landkreis, werten Sie diese jährlich aus und bringen Sie Gemeinden mit wenig Erfahrung mit erfahrenen zusammen.",
        },
      },
    },
  },

  personal: {
    anchors: {
      at0: "Die Verwaltung wirbt nicht gezielt um Zugewanderte und hat kein Bild davon, wie vielfältig ihr Personal ist.",
      at50: "Zugewanderte arbeiten in der Verwaltung, meist ohne Führungsaufgaben; gezielte Werbung und Förderung gibt es nur vereinzelt.",
      at100: "Die Verwaltung wirbt und bildet gezielt aus, fördert Beschäftigte mit Einwanderungsgeschichte, und diese arbeiten auf allen Ebenen.",
    },
    nextSteps: {
      low: {
        text: "Laden Sie in Stellen- und Ausbildungsanzeigen ausdrücklich Menschen mit Einwanderungsgeschichte ein und werben Sie dort, wo Sie sie erreichen: an Schulen, in Sprachkursen und bei Migrant*innenorganisationen.",
      },
      middle: {
        text: "Fördern Sie Beschäftigte mit Einwanderungsgeschichte gezielt: mit Mentoring, Hilfe bei der Anerkennung ausländischer Abschlüsse und Zugang zu Qualifizierungen, etwa den Lehrgängen der Bayerischen Verwaltungsschule.",
      },
      high: {
        text: "Verankern Sie Vielfalt in der Personalentwicklung: gemischte Auswahlgremien, gezielte Förderung für Führungsaufgaben und freiwillige, anonyme Befragungen, um die Entwicklung zu verfolgen.",
        byKind: {
          kreisangehoerig:
            "Verankern Sie Vielfalt in der Personalentwicklung: gemischte Auswahlgremien, gezielte Förderung für Führungsaufgaben und einmal im Jahr ein Blick darauf, wer sich bewirbt und wer eingestellt wird. Gehört Ihre Gemeinde einer Verwaltungsgemeinschaft an, stimmen Sie das mit der VG ab, die das Personal beschäftigt.",
        },
      },
    },
  },

  fortbildung: {
    anchors: {
      at0: "In den letzten Jahren gab es keine Fortbildung in interkultureller Kompetenz, auch nicht für Führungskräfte.",
      at50: "Einzelne Mitarbeiter*innen haben Fortbildungen besucht, aber es gibt kein festes Programm, und Führungskräfte nehmen kaum teil.",
      at100: "Interkulturelle Fortbildung gehört fest zu Programm und Einarbeitung, ist für Führungskräfte Pflicht, und ihre Wirkung wird ausgewertet.",
    },
    nextSteps: {
      low: {
        text: "Beginnen Sie mit einer Fortbildung in interkultureller Kompetenz für die Verwaltungsspitze, die Amtsleitungen und die Bereiche mit dem meisten Publikumsverkehr.",
        byKind: {
          kreisangehoerig:
            "Organisieren Sie mit Nachbargemeinden oder dem Landratsamt eine gemeinsame Fortbildung in interkultureller Kompetenz für Bürgermeister*in, Geschäftsleitung und die Mitarbeiter*innen im Bürgerbüro.",
          stadt:
            "Beginnen Sie mit einer Fortbildung in interkultureller Kompetenz für die Verwaltungsspitze, die Amtsleitungen und die Bereiche mit dem meisten Publikumsverkehr, etwa Bürgerbüro und Standesamt – allein oder gemeinsam mit Nachbarstädten.",
          kreisfrei:
            "Beginnen Sie mit einer Fortbildung in interkultureller Kompetenz für die Amtsleitungen und für Ausländerbehörde, Jugendamt und Sozialamt, wo der Kontakt mit Zugewanderten am dichtesten ist.",
          landkreis:
            "Beginnen Sie mit einer Fortbildung in interkultureller Kompetenz für die Sachgebietsleitungen und für Ausländerbehörde, Jugendamt und Sozialamt, wo der Kontakt mit Zugewanderten am dichtesten ist.",
        },
      },
      middle: {
        text: "Machen Sie interkulturelle Fortbildung zum festen Teil des Fortbildungsprogramms und der Einarbeitung neuer Mitarbeiter*innen – für Führungskräfte verpflichtend.",
      },
      high: {
        text: "Vertiefen Sie die Qualifizierung, etwa mit kollegialer Fallberatung und Einheiten zu Diskriminierung im Verwaltungshandeln, und fragen Sie nach, was sich in der Arbeit verändert hat.",
      },
    },
  },

  angebote: {
    anchors: {
      at0: "Niemand hat geprüft, ob die Angebote alle Gruppen erreichen; Informationen gibt es nur in Verwaltungssprache, weder in einfacher Sprache noch übersetzt.",
      at50: "Einzelne Ämter bieten mehrsprachige Informationen oder Dolmetschen an, aber nicht durchgängig und ohne Auswertung der Nutzung.",
      at100: "Alle Ämter mit Publikumsverkehr sind auf Hürden geprüft, bieten einfache Sprache und Dolmetschen und werten aus, wen sie erreichen.",
    },
    nextSteps: {
      low: {
        text: "Prüfen Sie im Bereich mit dem meisten Publikumsverkehr gemeinsam mit Zugewanderten, wo Sprache, Formulare oder Abläufe Hürden bilden, und beseitigen Sie die drei größten.",
        byKind: {
          kreisangehoerig:
            "Prüfen Sie gemeinsam mit Zugewanderten Bürgerbüro, Kita-Anmeldung und Website auf Hürden in Sprache, Formularen und Abläufen und beseitigen Sie die drei größten.",
          kreisfrei:
            "Beginnen Sie bei Ausländerbehörde und Jugendamt, wo Zugewanderte den meisten Kontakt mit der Stadt haben: Prüfen Sie mit Nutzer*innen, wo Sprache, Formulare oder Abläufe Hürden bilden, und beseitigen Sie die drei größten.",
          landkreis:
            "Beginnen Sie bei Ausländerbehörde und Jugendamt, wo Zugewanderte den meisten Kontakt mit dem Landratsamt haben: Prüfen Sie mit Nutzer*innen, wo Sprache, Formulare oder Abläufe Hürden bilden, und beseitigen Sie die drei größten.",
        },
      },
      middle: {
        text: "Weiten Sie die Prüfung auf weitere Bereiche aus, sichern Sie ein festes Budget für Dolmetschen und bieten Sie wichtige Informationen in einfacher Sprache und den häufigsten Sprachen an.",
        byKind: {
          kreisfrei:
            "Sichern Sie in Ausländerbehörde und Jugendamt dauerhaft Dolmetschen und Informationen in einfacher Sprache, machen Sie Termine leicht buchbar und weiten Sie die Prüfung auf weitere Ämter aus.",
          landkreis:
            "Sichern Sie in Ausländerbehörde und Jugendamt dauerhaft Dolmetschen und Informationen in einfacher Sprache, stimmen Sie Abläufe mit dem Jobcenter ab und weiten Sie die Prüfung auf weitere Sachgebiete aus.",
        },
      },
      high: {
        text: "Werten Sie regelmäßig aus, welche Gruppen Ihre Angebote nutzen und wie zufrieden sie sind, und steuern Sie dort nach, wo Gruppen nicht erreicht werden.",
      },
    },
  },

  antidiskriminierung: {
    anchors: {
      at0: "Es gibt weder eine benannte AGG-Beschwerdestelle noch eine Antidiskriminierungsberatung, die Bürger*innen erreichen können.",
      at50: "Die AGG-Beschwerdestelle ist benannt und bekannt, aber eine öffentliche Beratung bei Diskriminierung fehlt oder ist kaum erreichbar.",
      at100: "Die AGG-Beschwerdestelle arbeitet nach festem Verfahren, eine öffentliche Beratung ist gut erreichbar, und Fälle werden anonym ausgewertet.",
    },
    nextSteps: {
      low: {
        text: "Eine interne Beschwerdestelle nach dem AGG ist gesetzliche Pflicht jeder Arbeitgeberin und jedes Arbeitgebers, also auch Ihrer Kommune (§ 13 mit § 12 Abs. 5 AGG). Benennen Sie die Stelle, regeln Sie das Verfahren in einer Dienstanweisung und machen Sie beides allen Beschäftigten bekannt.",
        template: "dienstanweisung-agg-beschwerdestelle",
      },
      middle: {
        text: "Schaffen Sie eine öffentliche Antidiskriminierungsberatung – selbst oder mit Nachbarkommunen, dem Landkreis oder einem freien Träger – und machen Sie sie auf der Website, im Rathaus und bei Beratungsstellen bekannt.",
        byKind: {
          kreisangehoerig:
            "Sorgen Sie dafür, dass Bürger*innen eine Antidiskriminierungsberatung erreichen: Fragen Sie beim Landratsamt nach einem gemeinsamen Angebot oder arbeiten Sie mit einem freien Träger zusammen, und weisen Sie im Rathaus darauf hin.",
          landkreis:
            "Bauen Sie mit einem freien Träger eine öffentliche Antidiskriminierungsberatung für den ganzen Landkreis auf und sorgen Sie dafür, dass alle Gemeinden darauf hinweisen.",
        },
        template: "kooperation-antidiskriminierungsberatung",
      },
      high: {
        text: "Werten Sie Beschwerden und Beratungsfälle jährlich anonymisiert aus, berichten Sie dem Rat darüber und ändern Sie Abläufe, in denen sich Benachteiligungen zeigen.",
      },
    },
  },

  chefsache: {
    anchors: {
      at0: "Die Verwaltungsspitze äußert sich nicht zu Integration; das Thema ist ganz an die Fachebene abgegeben.",
      at50: "Bürgermeister*in oder Landrät*in spricht das Thema bei Anlässen an, aber es ist kein fester Punkt in der Steuerung der Verwaltung.",
      at100: "Die Spitze vertritt Integration sichtbar nach innen und außen, hat sie fest in der Leitungsrunde und trifft sich regelmäßig mit der Stabsstelle.",
    },
    nextSteps: {
      low: {
        text: "Setzen Sie ein persönliches Zeichen: Sprechen Sie beim nächsten öffentlichen Anlass über Integration und setzen Sie das Thema auf die Tagesordnung Ihrer nächsten Amtsleitungsrunde.",
        byKind: {
          kreisangehoerig:
            "Setzen Sie ein persönliches Zeichen: Sprechen Sie bei der nächsten Bürgerversammlung oder einem Vereinsfest über Integration und besprechen Sie das Thema mit Ihrer Geschäftsleitung.",
          stadt:
            "Setzen Sie ein persönliches Zeichen: Sprechen Sie bei der nächsten Bürgerversammlung oder einem Stadtfest über Integration und setzen Sie das Thema auf die Tagesordnung Ihrer nächsten Amtsleitungsrunde.",
        },
      },
      middle: {
        text: "Machen Sie Integration zu Ihrem festen Thema: regelmäßige Gespräche mit der zuständigen Person, sichtbare Termine mit Zugewanderten und klare Worte, wenn Menschen ausgegrenzt oder angefeindet werden.",
      },
      high: {
        text: "Werben Sie über Ihre Kommune hinaus für Integration, etwa in Ihrem kommunalen Spitzenverband, und teilen Sie Ihre Erfahrungen mit anderen Bürgermeister*innen und Landrät*innen.",
        byKind: {
          landkreis:
            "Machen Sie Integration zum festen Punkt der Bürgermeisterdienstbesprechung, ermutigen Sie die Bürgermeister*innen, das Thema ebenfalls zur Chefsache zu machen, und bringen Sie Ihre Erfahrungen in den Landkreistag ein.",
        },
      },
    },
  },
};
