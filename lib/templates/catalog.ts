/**
 * The templates at /vorlagen by slug and title: small enough for the
 * browser bundle (results link their templates); the templates themselves
 * are in content.ts, read on the server only.
 */
import type { TemplateSlug } from "@/lib/kurzcheck/item-guidance";

export type { TemplateSlug };

export const TEMPLATE_TITLES: Record<TemplateSlug, string> = {
  musterbeschluss: "Musterbeschluss „Aktive Integrationspolitik“",
  "leitbild-gliederung": "Gliederung eines Leitbilds",
  "stellenbeschreibung-integrationsbeauftragte": "Stellenbeschreibung Integrationsbeauftragte*r",
  "satzung-integrationsbeirat": "Mustersatzung Integrationsbeirat",
  "dienstanweisung-agg-beschwerdestelle": "Dienstanweisung AGG-Beschwerdestelle",
  zielvereinbarung: "Baustein Zielvereinbarung",
  auftragsverarbeitung: "Vertrag über die Auftragsverarbeitung (Art. 28 DSGVO)",
  "integrationskonzept-gliederung": "Gliederung eines Integrationskonzepts",
  "geschaeftsordnung-runder-tisch": "Geschäftsordnung Runder Tisch Integration",
  integrationsbericht: "Integrationsbericht an den Rat",
  "kooperation-antidiskriminierungsberatung": "Kooperationsvereinbarung Antidiskriminierungsberatung",
};

export const TEMPLATE_SLUGS = Object.keys(TEMPLATE_TITLES) as TemplateSlug[];
