"use client";

import { useEffect, useId, useRef } from "react";
import { useT } from "@/components/i18n/guest-intl";

export interface SummaryError {
  /** The form field's name: its link leads to it (the first radio of a group). */
  field: string;
  text: string;
}

/**
 * The element a field's link should focus: the field itself, the checked or
 * first radio of a group, else an element with that id. Outside a form (a
 * questionnaire that saves itself) the fields are found by name in the page.
 */
function fieldElement(form: HTMLFormElement | null, field: string): HTMLElement | null {
  const named = Array.from(form ? form.querySelectorAll(`[name="${CSS.escape(field)}"]`) : document.getElementsByName(field)).filter(
    (node): node is HTMLElement => node instanceof HTMLElement,
  );
  const radios = named.filter((node): node is HTMLInputElement => node instanceof HTMLInputElement && node.type === "radio");
  if (radios.length) return radios.find((radio) => radio.checked) ?? radios[0]!;
  return named[0] ?? document.getElementById(field);
}

/**
 * What went wrong with a form, where the person is looking (the GOV.UK and
 * KERN error summary): it takes the focus and scrolls into view each time a
 * refusal comes back, says why in one sentence, and links every field with
 * an error; a link moves the focus into that field. Used by every form
 * through FormMessage, and by forms that check themselves before sending.
 */
export function ErrorSummary({
  message,
  errors = [],
  notice,
  refusal,
  title,
}: {
  message?: string;
  errors?: readonly SummaryError[];
  /** A further sentence, e.g. why the password field is empty again. */
  notice?: string;
  /** Changes with every refusal, so the same message twice still takes the focus again. */
  refusal: unknown;
  title?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const t = useT("fehler");
  const titleId = useId();
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: "start", behavior: "instant" });
  }, [refusal]);
  return (
    <div
      ref={box}
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
      className="mt-4 max-w-xl scroll-mt-24 rounded border-s-4 border-danger-700 bg-danger-100 p-3 focus:outline focus:outline-3 focus:outline-offset-2 focus:outline-brand-700"
    >
      <p id={titleId} className="font-bold">
        {title ?? t("titel")}
      </p>
      {message ? <p className="mt-1">{message}</p> : null}
      {errors.length ? (
        <ul className="mt-2 list-disc space-y-1 ps-5">
          {errors.map((error) => (
            <li key={error.field}>
              <a
                href={`#${error.field}`}
                className="font-semibold text-danger-700 underline"
                onClick={(event) => {
                  const target = fieldElement(event.currentTarget.closest("form"), error.field);
                  if (!target) return;
                  event.preventDefault();
                  target.focus({ preventScroll: true });
                  (target.closest("fieldset") ?? target).scrollIntoView({ block: "center", behavior: "instant" });
                }}
              >
                {error.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {notice ? <p className="mt-2">{notice}</p> : null}
    </div>
  );
}
