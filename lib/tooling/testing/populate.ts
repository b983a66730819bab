/**
 * A database filled the way people fill it: through the portal's services,
 * never by hand-written rows. A Kommune submits a round with notes, an advisor
 * reviews and releases comments, the Kommune plans measures and opens a second
 * round with perspectives (a personal link and a workshop). Used by the backup
 * test; any table a feature adds should get its rows here.
 */
import type { Database } from "@/db";
import { measureFormSchema } from "@/lib/validation/measures";
import { ITEM_KEYS, type Score } from "@/lib/kurzcheck/keys";
import { releaseFeedback, startReview } from "@/lib/services/reviews";
import { startOrOpenDraft, saveAnswer, submitCheck } from "@/lib/services/checks";
import { addAdvisorComment, addProgressNote, createMeasure } from "@/lib/services/measures";
import { inviteRespondent, startWorkshop, submitWorkshopResponse, workshopByCode } from "@/lib/services/perspectives";
import { asCurrentUser, createOrganisation, createPerson } from "./fixtures";

/** Notes as people write them: umlauts, quotes, line breaks, a semicolon. */
const NOTE = "Beschluss vom 12.03.2024; „Leitbild für alle“ – Drucksache 17/245.\nZuständig: Amt für Soziales & Integration.";

export async function populateThroughServices(db: Database) {
  const organisation = await createOrganisation(db, "Markt Sicherungsdorf");
  const owner = await asCurrentUser(db, (await createPerson(db, { organisationId: organisation.id, membershipRole: "owner" })).id);
  const advisor = await asCurrentUser(db, (await createPerson(db, { role: "advisor" })).id);

  const first = await startOrOpenDraft(db, owner, organisation.id);
  for (const [index, itemKey] of ITEM_KEYS.entries()) {
    await saveAnswer(db, owner, organisation.id, first, { itemKey, score: ((index * 30) % 110) as Score, note: index % 3 === 0 ? NOTE : "", baseVersion: 0 });
  }
  await submitCheck(db, owner, organisation.id, first);
  await startReview(db, advisor, first);
  await releaseFeedback(db, advisor, first, { gesamt: "Ein guter Anfang – weiter so!", beschluss: "Bitte den Beschluss verlinken.", leitbild: NOTE });

  const measure = await createMeasure(
    db,
    owner,
    organisation.id,
    measureFormSchema.parse({
      title: "Leitbild mit dem Integrationsbeirat entwerfen",
      description: NOTE,
      items: ["leitbild"],
      verantwortlich: "stelle",
      verantwortlicheStelle: "Hauptamt",
      dueOn: "2027-05-31",
      targetScore: "70",
      status: "in_progress",
    }),
  );
  await addProgressNote(db, owner, organisation.id, measure.id, "Erste Sitzung am 3. Mai.");
  await addAdvisorComment(db, advisor, organisation.id, measure.id, "Denken Sie an die Vereine.");

  const second = await startOrOpenDraft(db, owner, organisation.id);
  await saveAnswer(db, owner, organisation.id, second, { itemKey: "beschluss", score: 90, note: NOTE, baseVersion: 0 });
  await inviteRespondent(
    db,
    owner,
    organisation.id,
    second,
    { label: "Leitung Bürgerbüro", email: "buergerbuero@fixture.example", perspective: "fachbereiche" },
    organisation.name,
  );
  const workshop = await startWorkshop(db, owner, organisation.id, second);
  await submitWorkshopResponse(db, await workshopByCode(db, workshop.code), {
    perspective: "ehrenamt",
    answers: Object.fromEntries(ITEM_KEYS.map((key, index) => [key, { score: ((index * 10) % 110) as Score, note: index === 0 ? NOTE : "" }])),
  });
  return { organisationId: organisation.id, checks: [first, second] };
}
