"use client";

import { useEffect, useState } from "react";
import { formatPercent } from "@/lib/format";
import type { ItemKey } from "@/lib/kurzcheck/keys";
import { MEDIAN_EXPLAINED, type SpreadFigure } from "@/lib/kurzcheck/perspectives";

export interface Slide {
  key: ItemKey;
  title: string;
  question: string;
  discussion: boolean;
  difference: string | null;
  team: number | null;
  /** "Alle Antworten" first, then each perspective shown (from three answers on). */
  rows: { label: string; figure: SpreadFigure }[];
}

const KEYS_FORWARD = new Set(["ArrowRight", "ArrowDown", "PageDown", " "]);
const KEYS_BACK = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

/** One perspective's answers on a 0–100 % track: the range as a bar, the median as a mark, the team's answer as a line. */
function Track({ figure, team }: { figure: SpreadFigure; team: number | null }) {
  return (
    <div className="relative h-8 w-full rounded bg-brand-50" aria-hidden="true">
      <div
        className="absolute inset-y-1 rounded bg-brand-600/40"
        style={{ insetInlineStart: `${figure.min}%`, width: `${Math.max(1, figure.max - figure.min)}%` }}
      />
      <div className="absolute inset-y-0 w-1.5 -translate-x-1/2 rounded bg-brand-900" style={{ insetInlineStart: `${figure.median}%` }} />
      {team !== null ? <div className="absolute -inset-y-1 w-1 -translate-x-1/2 bg-warning-700" style={{ insetInlineStart: `${team}%` }} /> : null}
    </div>
  );
}

/**
 * The workshop's results for the room, one slide per item with
 * "Gesprächsbedarf" first: arrow keys, Page Up/Down and Space page through
 * (also the buttons); every figure stands as text beside its bar.
 */
export function PresentationSlides({
  slides,
  responses,
  discussions,
  teamLabel,
}: {
  slides: readonly Slide[];
  responses: number;
  discussions: number;
  teamLabel: string;
}) {
  // Slide 0 is the overview; 1 … n the items.
  const [index, setIndex] = useState(0);
  const last = slides.length;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && ["BUTTON", "A", "INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) && event.key === " ") return;
      if (KEYS_FORWARD.has(event.key)) setIndex((current) => Math.min(last, current + 1));
      else if (KEYS_BACK.has(event.key)) setIndex((current) => Math.max(0, current - 1));
      else if (event.key === "Home") setIndex(0);
      else if (event.key === "End") setIndex(last);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [last]);

  const slide = index > 0 ? slides[index - 1]! : null;
  return (
    <section aria-roledescription="Präsentation" aria-label="Ergebnisse des Workshops" className="mt-6 flex flex-1 flex-col">
      <p className="sr-only" aria-live="polite">
        Folie {index + 1} von {last + 1}
      </p>
      {slide === null ? (
        <div className="flex-1">
          <h1 className="text-4xl font-bold text-brand-900 md:text-6xl">Ergebnisse des Workshops</h1>
          <p className="mt-6">
            {responses} {responses === 1 ? "Person hat" : "Personen haben"} die 13 Fragen aus ihrer Sicht beantwortet.
          </p>
          <p className="mt-3">
            {discussions
              ? `Bei ${discussions} ${discussions === 1 ? "Frage liegen" : "Fragen liegen"} die Sichtweisen weit auseinander: Diese kommen zuerst.`
              : "Nirgends liegen die Sichtweisen weit auseinander."}
          </p>
          <p className="mt-6 text-lg text-muted">Mit den Pfeiltasten oder den Schaltflächen unten blättern Sie durch die 13 Fragen.</p>
        </div>
      ) : (
        <article aria-labelledby={`folie-${slide.key}`} className="flex-1">
          {slide.discussion ? <p className="inline-block rounded bg-warning-100 px-3 py-1 font-bold text-warning-700">Gesprächsbedarf</p> : null}
          <h1 id={`folie-${slide.key}`} className="mt-2 text-3xl font-bold text-brand-900 md:text-5xl">
            {slide.title}
          </h1>
          <p className="mt-3 max-w-5xl">{slide.question}</p>
          {slide.difference ? <p className="mt-3 max-w-5xl font-semibold">{slide.difference}</p> : null}
          {slide.rows.length ? (
            <ul className="mt-6 space-y-5">
              {slide.rows.map((row) => (
                <li key={row.label} className="grid grid-cols-1 gap-2 md:grid-cols-[minmax(0,18rem)_minmax(0,1fr)_minmax(0,16rem)] md:items-center md:gap-6">
                  <span className="font-semibold">{row.label}</span>
                  <Track figure={row.figure} team={slide.team} />
                  <span className="tabular-nums">
                    Median {formatPercent(row.figure.median)}, {formatPercent(row.figure.min)} bis {formatPercent(row.figure.max)} ({row.figure.n})
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-6">Zu dieser Frage liegen noch keine drei Antworten vor.</p>
          )}
          <p className="mt-6 text-lg">
            <span className="me-2 inline-block h-4 w-1 bg-warning-700 align-middle" aria-hidden="true" />
            {teamLabel}: {slide.team === null ? "noch offen" : formatPercent(slide.team)} ·{" "}
            <span className="me-2 ms-2 inline-block h-4 w-1.5 bg-brand-900 align-middle" aria-hidden="true" />
            Median · <span className="me-2 ms-2 inline-block h-3 w-6 rounded bg-brand-600/40 align-middle" aria-hidden="true" />
            Spanne der Antworten
          </p>
          <p className="mt-2 text-base text-muted">{MEDIAN_EXPLAINED}</p>
        </article>
      )}
      <nav aria-label="Folien" className="mt-8 flex flex-wrap items-center gap-4 text-base">
        <button
          type="button"
          onClick={() => setIndex(Math.max(0, index - 1))}
          disabled={index === 0}
          className="rounded border-2 border-brand-700 px-4 py-2 font-semibold disabled:opacity-50"
        >
          Zurück
        </button>
        <span className="tabular-nums" aria-hidden="true">
          {index + 1} / {last + 1}
        </span>
        <button
          type="button"
          onClick={() => setIndex(Math.min(last, index + 1))}
          disabled={index === last}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-50"
        >
          Weiter
        </button>
      </nav>
    </section>
  );
}
