"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { formAction } from "@/lib/actions/form-action";
import { requireActiveMembership } from "@/lib/auth/guards";
import { todayInGermany } from "@/lib/dates";
import { formatNumber } from "@/lib/format";
import { addOwnIndicator, importIndicatorValues, saveIndicatorValue } from "@/lib/services/indicators";
import { indicatorImportSchema, indicatorValueSchema, ownIndicatorSchema } from "@/lib/validation/indicators";

// The Kommune always comes from the session's membership; indicator keys are checked against it in the services.

const currentYear = () => Number(todayInGermany().slice(0, 4));

export const saveIndicatorValueAction = formAction({
  authorize: requireActiveMembership,
  schema: indicatorValueSchema,
  run: async (input, { user, membership }) => {
    const saved = await saveIndicatorValue(
      getDb(),
      user,
      membership.organisationId,
      { indicator: input.indikator, year: input.jahr, value: input.wert, source: input.quelle, note: input.anmerkung },
      currentYear(),
    );
    revalidatePath("/kommune/indikatoren");
    return { status: "success", message: `Gespeichert: ${saved.name}, ${saved.year}.` };
  },
});

export const importIndicatorValuesAction = formAction({
  authorize: requireActiveMembership,
  schema: indicatorImportSchema,
  run: async ({ datei, indikatorDatei }, { user, membership }) => {
    const outcome = await importIndicatorValues(
      getDb(),
      user,
      membership.organisationId,
      { bytes: await datei.arrayBuffer(), name: datei.name },
      { statisticsIndicatorKey: indikatorDatei || undefined, currentYear: currentYear() },
    );
    revalidatePath("/kommune/indikatoren");
    const skipped =
      outcome.skipped > 0
        ? ` ${formatNumber(outcome.skipped)} ${outcome.skipped === 1 ? "Zeile betraf" : "Zeilen betrafen"} andere Kommunen oder enthielt keinen veröffentlichten Wert und ${outcome.skipped === 1 ? "wurde" : "wurden"} übersprungen.`
        : "";
    return {
      status: "success",
      message: `${formatNumber(outcome.stored)} ${outcome.stored === 1 ? "Wert ist" : "Werte sind"} übernommen.${skipped}`,
    };
  },
});

export const addOwnIndicatorAction = formAction({
  authorize: requireActiveMembership,
  schema: ownIndicatorSchema,
  run: async (input, { user, membership }) => {
    await addOwnIndicator(getDb(), user, membership.organisationId, {
      name: input.name,
      definition: input.definition,
      unit: input.einheit,
      direction: input.richtung,
      source: input.quelle,
    });
    revalidatePath("/kommune/indikatoren");
    return { status: "success", message: `Der Indikator „${input.name}“ ist angelegt. Sie können jetzt Werte dafür eintragen.` };
  },
});
