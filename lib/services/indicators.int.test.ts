// Rules guarded: the band of similar Kommunen counts only other verified Kommunen of the same kind,
// never the Kommune itself, and shows nothing below five; a value is stored as typed in German or
// refused with a message on its field and nothing written; an import stores every row or none;
// another Kommune's indicators do not exist for a member, advisors read but never write.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisations, auditLog } from "@/db/schema";
import { and, eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { dbFor, testPool } from "@/lib/tooling/testing/db";
import { asCurrentUser, createOrganisation, createPerson, rejection } from "@/lib/tooling/testing/fixtures";
import { addOwnIndicator, importIndicatorValues, indicatorOverview, saveIndicatorValue, statewideIndicatorFigures } from "./indicators";

const pool = testPool();
const db = dbFor(pool);
afterAll(() => pool.end());

// A year of its own per run, so Landkreise of earlier runs in the same database never join this band.
const YEAR = 2001 + randomInt(0, 20);
const CURRENT_YEAR = 2026;
const INDICATOR = "arbeitslosenquote-auslaendisch";

let landkreisId: string;
let owner: CurrentUser;
let stranger: CurrentUser;
let advisor: CurrentUser;

async function landkreis(options: { verified?: boolean; kind?: "landkreis" | "kreisfreie_stadt"; ags?: string } = {}) {
  const created = await createOrganisation(db, `Landkreis ${randomInt(0, 1e9)}`);
  await db
    .update(organisations)
    .set({ kind: options.kind ?? "landkreis", verified: options.verified ?? true, ags: options.ags ?? null })
    .where(eq(organisations.id, created.id));
  return created.id;
}

async function valueOf(organisationId: string, value: string) {
  const person = await asCurrentUser(db, (await createPerson(db, { organisationId, membershipRole: "owner" })).id);
  await saveIndicatorValue(db, person, organisationId, { indicator: INDICATOR, year: String(YEAR), value, source: "", note: "" }, CURRENT_YEAR);
}

const bandOf = async () => (await indicatorOverview(db, owner, landkreisId)).indicators.find((i) => i.key === INDICATOR)!.band.find((b) => b.year === YEAR);
const valuesOf = async (key: string) => (await indicatorOverview(db, owner, landkreisId)).indicators.find((i) => i.key === key)!.values;

beforeAll(async () => {
  landkreisId = await landkreis({ ags: `09${String(randomInt(100, 999))}000` });
  owner = await asCurrentUser(db, (await createPerson(db, { organisationId: landkreisId, membershipRole: "owner" })).id);
  stranger = await asCurrentUser(db, (await createPerson(db, { organisationId: await landkreis(), membershipRole: "owner" })).id);
  advisor = await asCurrentUser(db, (await createPerson(db, { role: "advisor" })).id);
});

describe("the band of similar Kommunen", () => {
  it("withholds the band below five others, then shows their quartiles without the Kommune itself", async () => {
    await valueOf(landkreisId, "99");
    for (const value of ["4", "6", "8", "10"]) await valueOf(await landkreis(), value);
    // Neither an unverified Landkreis nor a kreisfreie Stadt joins a Landkreis's band.
    await valueOf(await landkreis({ verified: false }), "50");
    await valueOf(await landkreis({ kind: "kreisfreie_stadt" }), "50");
    expect(await bandOf()).toEqual({ year: YEAR, count: 4, shown: false });

    await valueOf(await landkreis(), "12");
    expect(await bandOf()).toEqual({ year: YEAR, count: 5, shown: true, q1: 6, median: 8, q3: 10 });
  });

  it("gives advisors the statewide figures, small groups withheld", async () => {
    const figure = (await statewideIndicatorFigures(db, advisor)).find((f) => f.key === INDICATOR)!;
    expect(figure.byKind.find((group) => group.kind === "landkreis")!.count).toBeGreaterThanOrEqual(6);
    expect(await rejection(statewideIndicatorFigures(db, owner))).toMatchObject({ code: "forbidden" });
  });
});

describe("values", () => {
  it("stores a value typed in German and audits it with the value it replaced", async () => {
    await saveIndicatorValue(db, owner, landkreisId, { indicator: "auslaenderanteil", year: "2024", value: "12,5", source: "GENESIS", note: "" }, CURRENT_YEAR);
    await saveIndicatorValue(db, owner, landkreisId, { indicator: "auslaenderanteil", year: "2024", value: "12,7", source: "GENESIS", note: "" }, CURRENT_YEAR);
    expect(await valuesOf("auslaenderanteil")).toEqual([{ year: 2024, value: 12.7, source: "GENESIS", note: "" }]);
    const [entry] = await db
      .select({ data: auditLog.data })
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, landkreisId), eq(auditLog.action, "indicator.value_saved")))
      .orderBy(auditLog.id)
      .offset(2);
    expect(entry?.data).toEqual({ indicator: "auslaenderanteil", year: 2024, value: 12.7, previous: 12.5 });
  });

  it("refuses letters, a future year, a share over 100 % and the survey's own figure, naming the field, and writes nothing", async () => {
    const save = (input: Partial<{ indicator: string; year: string; value: string }>) =>
      rejection(
        saveIndicatorValue(db, owner, landkreisId, { indicator: "auslaenderanteil", year: "2023", value: "1", source: "", note: "", ...input }, CURRENT_YEAR),
      );
    expect((await save({ value: "zwölf" })).fieldErrors).toEqual({ wert: ["Bitte geben Sie eine Zahl an, z. B. 12,5."] });
    expect((await save({ year: "2031" })).fieldErrors).toEqual({ jahr: ["Das Jahr 2031 liegt in der Zukunft."] });
    expect((await save({ value: "140" })).fieldErrors).toEqual({ wert: ["Der Wert darf höchstens 100 sein (Einheit: %)."] });
    expect((await save({ indicator: "befragung-index" })).fieldErrors?.indikator?.[0]).toMatch(/selbst ein/);
    expect(await valuesOf("auslaenderanteil")).toEqual([{ year: 2024, value: 12.7, source: "GENESIS", note: "" }]);
  });

  it("does not know another Kommune's own indicator", async () => {
    const foreign = await addOwnIndicator(db, stranger, stranger.memberships[0]!.organisationId, {
      name: "Sprachcafés",
      definition: "",
      unit: "anzahl",
      direction: "steigen",
      source: "",
    });
    const refused = await rejection(
      saveIndicatorValue(db, owner, landkreisId, { indicator: foreign, year: "2024", value: "3", source: "", note: "" }, CURRENT_YEAR),
    );
    expect(refused.fieldErrors).toEqual({ indikator: ["Diesen Indikator gibt es für Ihre Kommune nicht."] });
  });

  it("keeps another Kommune's indicators from a member, and lets advisors read but never write", async () => {
    expect(await rejection(indicatorOverview(db, stranger, landkreisId))).toMatchObject({ code: "not_found" });
    expect(
      await rejection(
        saveIndicatorValue(db, stranger, landkreisId, { indicator: "auslaenderanteil", year: "2024", value: "1", source: "", note: "" }, CURRENT_YEAR),
      ),
    ).toMatchObject({ code: "not_found" });
    expect((await indicatorOverview(db, advisor, landkreisId)).indicators.length).toBeGreaterThan(10);
    expect(
      await rejection(
        saveIndicatorValue(db, advisor, landkreisId, { indicator: "auslaenderanteil", year: "2024", value: "1", source: "", note: "" }, CURRENT_YEAR),
      ),
    ).toMatchObject({ code: "not_found" });
    expect(await valuesOf("auslaenderanteil")).toEqual([{ year: 2024, value: 12.7, source: "GENESIS", note: "" }]);
  });
});

describe("import", () => {
  const file = (text: string) => ({ bytes: new Uint8Array(Buffer.from(text, "utf8")).buffer, name: "werte.csv" });

  it("stores every row of a good file, and nothing of a file with one broken row", async () => {
    const broken = await rejection(
      importIndicatorValues(db, owner, landkreisId, file("Indikator;Jahr;Wert\nfortbildung-interkulturell;2022;4,5\nfortbildung-interkulturell;2023;viel\n"), {
        currentYear: CURRENT_YEAR,
      }),
    );
    expect(broken.message).toBe("Nichts wurde übernommen. Zeile 3, Wert: Bitte geben Sie eine Zahl an, z. B. 12,5.");
    expect(await valuesOf("fortbildung-interkulturell")).toEqual([]);

    const outcome = await importIndicatorValues(
      db,
      owner,
      landkreisId,
      file("Indikator;Jahr;Wert;Quelle\nfortbildung-interkulturell;2022;4,5;Personalamt\nfortbildung-interkulturell;2023;7;Personalamt\n"),
      { currentYear: CURRENT_YEAR },
    );
    expect(outcome).toEqual({ stored: 2, skipped: 0, format: "vorlage" });
    expect((await valuesOf("fortbildung-interkulturell")).map((v) => v.value)).toEqual([4.5, 7]);
  });

  it("takes the Landkreis's rows from GENESIS-Online's flat CSV by its Kreis key", async () => {
    const [own] = await db.select({ ags: organisations.ags }).from(organisations).where(eq(organisations.id, landkreisId));
    const kreis = own!.ags!.slice(0, 5);
    const csv = [
      "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;value;value_unit",
      `13211-02;Arbeitslose;JAHR;Jahr;2023;KREISE;Kreise;${kreis};Landkreis;7,4;%`,
      `13211-02;Arbeitslose;JAHR;Jahr;2023;KREISE;Kreise;09999;Anderer Landkreis;9,9;%`,
    ].join("\n");
    const outcome = await importIndicatorValues(db, owner, landkreisId, file(csv), { currentYear: CURRENT_YEAR, statisticsIndicatorKey: INDICATOR });
    expect(outcome).toEqual({ stored: 1, skipped: 1, format: "landesstatistik" });
    expect((await valuesOf(INDICATOR)).find((v) => v.year === 2023)?.value).toBe(7.4);
  });
});
