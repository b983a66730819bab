/**
 * Kinds of municipality and the Bavarian Regierungsbezirke, with their German labels.
 * The keys are stored as Postgres enums; the labels are what people read.
 */
export const ORGANISATION_KINDS = {
  gemeinde: "Gemeinde",
  markt: "Markt",
  stadt: "Stadt",
  grosse_kreisstadt: "Große Kreisstadt",
  kreisfreie_stadt: "Kreisfreie Stadt",
  landkreis: "Landkreis",
} as const;

export type OrganisationKind = keyof typeof ORGANISATION_KINDS;

/** "Märkte in Bayern": the group a Kommune is compared with. */
export const ORGANISATION_KIND_PLURALS: Record<OrganisationKind, string> = {
  gemeinde: "Gemeinden",
  markt: "Märkte",
  stadt: "Städte",
  grosse_kreisstadt: "Große Kreisstädte",
  kreisfreie_stadt: "Kreisfreie Städte",
  landkreis: "Landkreise",
};

/** The other Kommunen of a kind, as a label ("Andere Landkreise") and in the genitive ("der Median anderer Landkreise"). */
export const ORGANISATION_KIND_PEERS: Record<OrganisationKind, { others: string; ofOthers: string }> = {
  gemeinde: { others: "Andere Gemeinden", ofOthers: "anderer Gemeinden" },
  markt: { others: "Andere Märkte", ofOthers: "anderer Märkte" },
  stadt: { others: "Andere Städte", ofOthers: "anderer Städte" },
  grosse_kreisstadt: { others: "Andere Große Kreisstädte", ofOthers: "anderer Großer Kreisstädte" },
  kreisfreie_stadt: { others: "Andere kreisfreie Städte", ofOthers: "anderer kreisfreier Städte" },
  landkreis: { others: "Andere Landkreise", ofOthers: "anderer Landkreise" },
};

export const REGIERUNGSBEZIRKE = {
  oberbayern: "Oberbayern",
  niederbayern: "Niederbayern",
  oberpfalz: "Oberpfalz",
  oberfranken: "Oberfranken",
  mittelfranken: "Mittelfranken",
  unterfranken: "Unterfranken",
  schwaben: "Schwaben",
} as const;

export type Regierungsbezirk = keyof typeof REGIERUNGSBEZIRKE;

export const organisationKindKeys = Object.keys(ORGANISATION_KINDS) as [OrganisationKind, ...OrganisationKind[]];
export const regierungsbezirkKeys = Object.keys(REGIERUNGSBEZIRKE) as [Regierungsbezirk, ...Regierungsbezirk[]];
