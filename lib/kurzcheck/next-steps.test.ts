// Rules guarded (issue 28): every item has a next step for every band and every kind of Kommune,
// and what a kreisangehörige Gemeinde, Markt or Stadt reads never sends it to offices it does not
// have (Jugendamt, Ausländerbehörde: only Landkreise and kreisfreie Städte); a Stadt or Große
// Kreisstadt is not told about a Geschäftsleitung, a Landkreis not about its Rathaus.
import { describe, expect, it } from "vitest";
import { organisationKindKeys } from "@/lib/organisations";
import { CHECK_ITEMS } from "./items";
import { nextStepFor } from "./next-steps";

const BANDS = ["low", "middle", "high"] as const;
const OFFICES_OF_A_LANDKREIS = /Jugendamt|Ausländerbehörde|Jugend·amt/;

describe("next steps", () => {
  it("exist for every item, band and kind", () => {
    for (const item of CHECK_ITEMS)
      for (const band of BANDS)
        for (const kind of [...organisationKindKeys, null])
          expect(nextStepFor(item, band, kind).text.length, `${item.key} ${band} ${kind}`).toBeGreaterThan(40);
  });

  it("never send a Gemeinde, a Markt or a kreisangehörige Stadt to a Jugendamt or an Ausländerbehörde", () => {
    for (const kind of organisationKindKeys.filter((key) => key !== "landkreis" && key !== "kreisfreie_stadt"))
      for (const item of CHECK_ITEMS)
        for (const band of BANDS) expect(nextStepFor(item, band, kind).text, `${item.key} ${band} ${kind}`).not.toMatch(OFFICES_OF_A_LANDKREIS);
  });

  it("speak to a Stadt as a Stadt and to a Landkreis as a Landkreis", () => {
    for (const item of CHECK_ITEMS)
      for (const band of BANDS) {
        for (const kind of ["stadt", "grosse_kreisstadt"] as const)
          expect(nextStepFor(item, band, kind).text, `${item.key} ${band} ${kind}`).not.toMatch(/Geschäftsleitung/);
        expect(nextStepFor(item, band, "landkreis").text, `${item.key} ${band}`).not.toMatch(/Rathaus/);
      }
  });
});
