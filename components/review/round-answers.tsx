import { AnswerList, type AnswerRow } from "@/components/check/answer-list";
import { Section } from "@/components/ui/section";
import { Thread, type ReplyAction, type ThreadMessage } from "./review-threads";

/**
 * A submitted round read in full: the advisors' overall assessment (once
 * released), then every answer with its note and, under it, that item's
 * feedback thread — the same view for the Kommune and for the advisors,
 * each with the reply form of their side.
 */
export function RoundAnswers({
  checkId,
  answers,
  messages = [],
  reply,
  viewer,
}: {
  checkId: string;
  answers: readonly AnswerRow[];
  /** Released feedback and replies; empty before release. */
  messages?: readonly ThreadMessage[];
  reply?: ReplyAction;
  viewer: "kommune" | "beratung";
}) {
  const overall = messages.filter((m) => m.itemKey === null);
  return (
    <>
      {overall.length ? (
        <Section id="rueckmeldung" title="Rückmeldung der Beratung">
          <Thread title="Gesamteinschätzung" messages={overall} checkId={checkId} itemKey={null} reply={reply} />
        </Section>
      ) : null}
      <Section id="antworten" title={viewer === "kommune" ? "Ihre Antworten und Anmerkungen" : "Antworten der Kommune"} wide>
        <AnswerList
          answers={answers}
          label={viewer === "kommune" ? "Ihre Antworten" : "Antworten der Kommune"}
          noteLabel={viewer === "kommune" ? "Ihre Anmerkung" : "Anmerkung der Kommune"}
          extra={(item) => <Thread title={`Frage ${item.number}: ${item.title}`} messages={messages} checkId={checkId} itemKey={item.key} reply={reply} />}
        />
      </Section>
    </>
  );
}
