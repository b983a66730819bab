"use client";

import { memo, useCallback, useEffect } from "react";
import { forgetStoredDraft, useStoredDraft } from "@/components/guests/stored-draft";
import { useT } from "@/components/i18n/guest-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";
import { AGE_KEYS, AGREEMENT, isAgreement, MIGRATION_KEYS, RESIDENCE_KEYS, type Agreement, type SurveyAreaKey } from "@/lib/kurzcheck/survey";

interface Draft {
  answers: Record<string, Agreement>;
  profile: Record<string, string>;
}

const EMPTY: Draft = { answers: {}, profile: {} };

/** What a resident has answered so far stays on the phone until it is sent. */
export const surveyDraftKey = (code: string) => `kurzcheck.befragung.${code}`;

function parseDraft(stored: unknown): Draft | null {
  if (!stored || typeof stored !== "object") return null;
  const raw = stored as Partial<Draft>;
  const answers = Object.fromEntries(Object.entries(raw.answers ?? {}).filter(([, value]) => isAgreement(value))) as Record<string, Agreement>;
  const profile = Object.fromEntries(Object.entries(raw.profile ?? {}).filter(([, value]) => typeof value === "string")) as Record<string, string>;
  return Object.keys(answers).length || Object.keys(profile).length ? { answers, profile } : null;
}

export interface SurveyQuestionnaireArea {
  key: SurveyAreaKey;
  statements: readonly { key: string; number: number }[];
}

/** One statement as a radio group: 5 answers of agreement and "weiß nicht", named by the statement. */
const Statement = memo(function Statement({
  statementKey,
  number,
  value,
  error,
  onChange,
}: {
  statementKey: string;
  number: number;
  value: Agreement | undefined;
  error?: string;
  onChange: (key: string, value: Agreement) => void;
}) {
  const b = useT("befragung");
  const name = `aussage-${statementKey}`;
  return (
    <li className="rounded-lg border border-line p-4">
      <fieldset
        role="radiogroup"
        aria-labelledby={`${name}-text`}
        aria-describedby={error ? `${name}-fehler` : undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend id={`${name}-text`} className="font-semibold">
          <span className="text-sm font-semibold text-brand-600">{number}. </span>
          {b(`aussage.${statementKey}`)}
        </legend>
        <div className="mt-3 flex flex-col gap-1.5 sm:flex-row sm:flex-wrap">
          {AGREEMENT.map((option) => (
            <label key={option} className={`scale-option text-start sm:text-center ${option === 0 ? "sm:ms-3" : ""}`}>
              <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(statementKey, option)} className="sr-only" />
              {b(`skala.${option}`)}
            </label>
          ))}
        </div>
        {error ? (
          <p id={`${name}-fehler`} className="mt-2 font-semibold text-danger-700">
            {error}
          </p>
        ) : null}
      </fieldset>
    </li>
  );
});

/** One optional question about the respondent, as a radio group. */
function ProfileQuestion({
  name,
  question,
  options,
  value,
  onChange,
}: {
  name: string;
  question: React.ReactNode;
  options: readonly { key: string; label: React.ReactNode }[];
  value: string | undefined;
  onChange: (name: string, value: string) => void;
}) {
  return (
    <fieldset role="radiogroup" aria-labelledby={`${name}-frage`} className="mt-4">
      <legend id={`${name}-frage`} className="font-semibold">
        {question}
      </legend>
      <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.key} className="flex items-start gap-2">
            <input
              type="radio"
              name={name}
              value={option.key}
              checked={value === option.key}
              onChange={() => onChange(name, option.key)}
              className="mt-1 size-5 shrink-0 accent-brand-700"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The resident survey on a phone, in the respondent's language: the
 * statements by area, each with its six answers, then the optional questions
 * about the respondent, then "Antworten absenden". Kept on the phone until sent.
 */
export function SurveyForm({
  submitSurvey,
  code,
  locale,
  areas,
}: {
  submitSurvey: FormAction;
  code: string;
  locale: string;
  areas: readonly SurveyQuestionnaireArea[];
}) {
  const b = useT("befragung");
  const { draft, update, restored } = useStoredDraft(surveyDraftKey(code), EMPTY, parseDraft);
  const setAnswer = useCallback(
    (key: string, value: Agreement) => update((current) => ({ ...current, answers: { ...current.answers, [key]: value } })),
    [update],
  );
  const setProfile = useCallback(
    (name: string, value: string) => update((current) => ({ ...current, profile: { ...current.profile, [name]: value } })),
    [update],
  );
  const total = areas.reduce((sum, area) => sum + area.statements.length, 0);
  const answered = Object.keys(draft.answers).length;
  return (
    <ActionForm action={submitSurvey} aria-label={b.text("titel")}>
      {(state) => (
        <>
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="sprache" value={locale} />
          {restored ? (
            <p role="status" className="mt-4 rounded bg-brand-50 p-3">
              {b("gesichert")}
            </p>
          ) : null}
          <p className="mt-4 tabular-nums" aria-live="polite">
            {b("beantwortet", { answered, total })}
          </p>
          {areas.map((area) => (
            <section key={area.key} aria-labelledby={`bereich-${area.key}`} className="mt-8">
              <h2 id={`bereich-${area.key}`} className="text-xl font-bold text-brand-900">
                {b(`bereich.${area.key}`)}
              </h2>
              <ol className="mt-3 space-y-4">
                {area.statements.map((statement) => (
                  <Statement
                    key={statement.key}
                    statementKey={statement.key}
                    number={statement.number}
                    value={draft.answers[statement.key]}
                    error={state.fieldErrors?.[`aussage-${statement.key}`]?.[0]}
                    onChange={setAnswer}
                  />
                ))}
              </ol>
            </section>
          ))}
          <section aria-labelledby="zu-ihnen" className="mt-10 rounded-lg border border-line p-4">
            <h2 id="zu-ihnen" className="text-xl font-bold text-brand-900">
              {b("zuIhnen")}
            </h2>
            <p className="mt-1 text-sm text-muted">{b("zuIhnenHinweis")}</p>
            <ProfileQuestion
              name="zugewandert"
              question={b("zugewandert")}
              options={MIGRATION_KEYS.map((key) => ({ key, label: b(`zugewandertOption.${key}`) }))}
              value={draft.profile.zugewandert}
              onChange={setProfile}
            />
            <ProfileQuestion
              name="alter"
              question={b("alter")}
              options={AGE_KEYS.map((key) => ({ key, label: b(`alterOption.${key}`) }))}
              value={draft.profile.alter}
              onChange={setProfile}
            />
            <ProfileQuestion
              name="wohndauer"
              question={b("wohndauer")}
              options={RESIDENCE_KEYS.map((key) => ({ key, label: b(`wohndauerOption.${key}`) }))}
              value={draft.profile.wohndauer}
              onChange={setProfile}
            />
          </section>
          <SubmitButton>{b("absenden")}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** On the thank-you page: the sent answers need not stay on the phone. */
export function ForgetSurveyDraft({ code }: { code: string }) {
  useEffect(() => forgetStoredDraft(surveyDraftKey(code)), [code]);
  return null;
}
