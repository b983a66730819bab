import { AnswerList, type AnswerRow } from "@/components/check/answer-list";
import { Section } from "@/components/ui/section";
import { getItem } from "@/lib/kurzcheck/items";
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
  // The Kommune is led from the top to each commented item (on a phone they lie many screens apart); advisors wrote them.
  const commented = viewer === "kommune" ? answers.filter((answer) => messages.some((m) => m.itemKey === answer.itemKey && !m.fromKommune)) : [];
  return (
    <>
      {overall.length || commented.length ? (
        <Section id="rueckmeldung" title="Rückmeldung der Beratung">
          {overall.length ? <Thread title="Gesamteinschätzung" messages={overall} checkId={checkId} itemKey={null} reply={reply} /> : null}
          {commented.length ? (
            <>
              <p>
                {commented.length === 1 ? "Zu einer Frage" : `Zu ${commented.length} Fragen`} steht eine Rückmeldung bei der Antwort
                {viewer === "kommune" ? "; dort können Sie auch antworten" : ""}:
              </p>
              <ul className="list-disc pl-6">
                {commented.map((answer) => {
                  const item = getItem(answer.itemKey);
                  return (
                    <li key={answer.itemKey}>
                      <a href={`#zu-frage-${answer.itemKey}`}>
                        Frage {item.number}: {item.title}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
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
