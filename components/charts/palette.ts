/**
 * Chart colours that stay apart for the common colour-vision deficiencies
 * (blue, orange and grey instead of red against green) and keep 3:1 contrast
 * on white (WCAG 1.4.11). Every chart is paired with a table, so colour is
 * never the only carrier of a figure.
 */
export const SERIES_COLOURS = ["#13396b", "#b35c00", "#5b6470", "#6b2c91"] as const;

/** The three bands, in their order: "Am Anfang" orange, "Auf dem Weg" grey, "Gut aufgestellt" blue. */
export const BAND_COLOURS = ["#b35c00", "#767b84", "#13396b"] as const;
