/**
 * The questionnaire's 13 items as one HTML string: a template per language
 * (strings with slots), filled with the answers, notes and hints of the
 * moment.
 *
 * Why not React elements: the instrument (13 questions × 11 labelled radios,
 * anchors, notes, links) is the same for everyone, and as React elements it
 * was rendered on every request and hydrated element by element in the
 * browser, which a phone felt. As one string, the server's work is joining
 * strings, the RSC payload carries only the answers (the client component
 * builds the same string from the same props), and hydration leaves the list
 * alone; check-form.tsx enhances it by event delegation. Structure and
 * classes follow ItemQuestion, RadioScale and ScaleAnchors (the trial and the
 * workshop's phones render those components): change one, change both.
 */
import { findFactor } from "@/lib/kurzcheck/factors";
import type { ItemAnchors } from "@/lib/kurzcheck/item-guidance";
import { SCALE, NOTE_MAX_LENGTH, type ItemKey, type Score } from "@/lib/kurzcheck/keys";
import { anchorsOf } from "@/lib/kurzcheck/next-steps";
import type { QuestionnaireItem } from "./item-question";
import { noteCounterText } from "./note-counter";

/** The texts of the page's language (next-intl's, from the client component). */
export interface QuestionnaireLanguage {
  /** A message of the "fragebogen" namespace as plain text. */
  text: (key: string, values?: Record<string, string | number>) => string;
  /** True where the language has no text for a "fragebogen" key and shows the German one. */
  isGerman: (key: string) => boolean;
  percent: (score: number) => string;
  /** The page is German (the portal): nothing needs marking as German. */
  german: boolean;
}

/** What a request adds to the instrument. */
export interface QuestionnaireState {
  answers: Partial<Record<ItemKey, { score: Score | null; note: string }>>;
  /** What the perspectives said so far, beside an item's scale. */
  hints?: Partial<Record<ItemKey, { label: string; text: string }>>;
  /** Answers taken over from the previous round (its year) and not touched since. */
  carriedOver?: { from: string; items: readonly ItemKey[] };
}

type Slot = { kind: "checked"; key: ItemKey; score: Score } | { kind: "note" | "count" | "hint" | "carried"; key: ItemKey; number: number };
type Template = (string | Slot)[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** The attribute that marks a text shown in German on a page of another language. */
const langAttribute = (lang: string | undefined) => (lang ? ` lang="${escapeHtml(lang)}"` : "");

function buildTemplate(items: readonly QuestionnaireItem[], language: QuestionnaireLanguage, withFactorLinks: boolean): Template {
  const { percent } = language;
  const message = (key: string, values?: Record<string, string | number>) => {
    const text = escapeHtml(language.text(key, values));
    return language.isGerman(key) ? `<span lang="de">${text}</span>` : text;
  };
  const german = language.german ? undefined : "de";
  const parts: Template = [];
  for (const item of items) {
    const { key, number } = item;
    const anchors: ItemAnchors = item.anchors ?? anchorsOf(key);
    parts.push(
      `<li${langAttribute(item.lang)} class="rounded-lg border border-line p-4 sm:p-5">`,
      `<p class="mb-1 text-sm font-semibold text-brand-600">${message("frageVon", { number, total: 13, title: item.title })}</p>`,
      `<fieldset role="radiogroup" aria-labelledby="${key}-frage" aria-describedby="${key}-hinweis">`,
      `<legend id="${key}-frage" class="font-semibold">${escapeHtml(item.question)}</legend>`,
      // The evidence hint has no translation yet: German, and marked so on a guest's page.
      `<div id="${key}-hinweis"${langAttribute(german)} class="mt-1 text-sm text-muted">${escapeHtml(item.evidence)}</div>`,
      `<div class="mt-3 flex flex-wrap gap-1.5">`,
    );
    for (const score of SCALE) {
      parts.push(`<label class="scale-option"><input type="radio" name="${key}" value="${score}" class="sr-only"`, { kind: "checked", key, score });
      parts.push(`>${escapeHtml(percent(score))}</label>`);
    }
    parts.push(
      `</div></fieldset>`,
      `<details class="mt-3 max-w-3xl rounded border border-line bg-brand-50 px-3 py-2">`,
      `<summary class="cursor-pointer font-semibold text-brand-900">${message("ankerFrage", { zero: percent(0), half: percent(50), full: percent(100), number })}</summary>`,
      `<dl class="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">`,
      ...(
        [
          [0, anchors.at0],
          [50, anchors.at50],
          [100, anchors.at100],
        ] as const
      ).map(
        ([score, text]) =>
          `<div class="contents"><dt class="font-semibold tabular-nums">${escapeHtml(percent(score))}</dt><dd class="min-w-0">${escapeHtml(text)}</dd></div>`,
      ),
      `</dl></details>`,
    );
    parts.push({ kind: "carried", key, number }, { kind: "hint", key, number });
    const noteId = `anmerkung-${key}`;
    parts.push(
      `<div class="mt-4"><label for="${noteId}" class="block font-semibold">${message("anmerkung")}</label>`,
      `<textarea id="${noteId}" data-item="${key}" maxlength="${NOTE_MAX_LENGTH}" aria-describedby="${noteId}-zaehler" rows="2" class="mt-1 block w-full max-w-3xl rounded border-2 border-[#6b7280] px-3 py-2">\n`,
      { kind: "note", key, number },
      `</textarea><p id="${noteId}-zaehler" class="mt-1 text-sm text-muted"><span data-counter${langAttribute(language.isGerman("zeichen") ? "de" : undefined)}>`,
      { kind: "count", key, number },
      `</span> · ${message("zeichenHinweis")}</p></div>`,
      `<div id="konflikt-${key}"></div>`,
    );
    if (withFactorLinks) {
      const links = item.factors.map((slug) => `<a href="/erfolgsfaktoren/${escapeHtml(slug)}">${escapeHtml(findFactor(slug)?.title ?? slug)}</a>`);
      parts.push(`<p class="mt-2 text-sm">Erfolgsfaktor: ${links.join(", ")}</p>`);
    }
    parts.push(`</li>`);
  }
  // Neighbouring strings joined: fewer parts to walk per request.
  return parts.reduce<Template>((joined, part) => {
    const last = joined.at(-1);
    if (typeof part === "string" && typeof last === "string") joined[joined.length - 1] = last + part;
    else joined.push(part);
    return joined;
  }, []);
}

/** The German items' template (the portal's check): built once per process and per browser. */
const germanTemplates = new WeakMap<readonly QuestionnaireItem[], Map<boolean, Template>>();

function templateFor(items: readonly QuestionnaireItem[], language: QuestionnaireLanguage, withFactorLinks: boolean): Template {
  // A guest's items are their own array, built per request in their language: built anew, no cache to go stale.
  if (!language.german) return buildTemplate(items, language, withFactorLinks);
  const byLinks = germanTemplates.get(items) ?? new Map<boolean, Template>();
  germanTemplates.set(items, byLinks);
  let template = byLinks.get(withFactorLinks);
  if (!template) {
    template = buildTemplate(items, language, withFactorLinks);
    byLinks.set(withFactorLinks, template);
  }
  return template;
}

function fill(slot: Slot, state: QuestionnaireState, language: QuestionnaireLanguage): string {
  const answer = state.answers[slot.key];
  switch (slot.kind) {
    case "checked":
      return answer?.score === slot.score ? " checked" : "";
    case "note":
      return escapeHtml(answer?.note ?? "");
    case "count":
      return escapeHtml(noteCounterText(language.text, answer?.note.length ?? 0));
    case "hint": {
      const hint = state.hints?.[slot.key];
      return hint ? `<p class="mt-2 text-sm"><strong>${escapeHtml(hint.label)}</strong> ${escapeHtml(hint.text)}</p>` : "";
    }
    case "carried":
      return state.carriedOver?.items.includes(slot.key)
        ? `<p id="uebernommen-${slot.key}" class="mt-2 flex flex-wrap items-center gap-3 text-sm">` +
            `<span class="rounded bg-warning-100 px-2 py-0.5 font-semibold">aus ${escapeHtml(state.carriedOver.from)} übernommen</span>` +
            `<button type="button" data-confirm="${slot.key}" class="font-semibold text-brand-700 underline">Unverändert bestätigen<span class="sr-only"> (Frage ${slot.number})</span></button></p>`
        : "";
  }
}

/** The items' HTML: the language's template with these answers, notes and hints. */
export function questionnaireHtml(
  items: readonly QuestionnaireItem[],
  language: QuestionnaireLanguage,
  state: QuestionnaireState,
  options: { withFactorLinks: boolean },
): string {
  const template = templateFor(items, language, options.withFactorLinks);
  let html = "";
  for (const part of template) html += typeof part === "string" ? part : fill(part, state, language);
  return html;
}
