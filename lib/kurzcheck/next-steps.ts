/**
 * What a Kommune does next, item by item: the step for its band, in the
 * variant for its kind where Bavarian practice differs (a kreisangehörige
 * Gemeinde does not naturalise, a Landkreis coordinates its Gemeinden), the
 * template that helps, and the flags that hold whatever the index says.
 */
import type { OrganisationKind } from "@/lib/organisations";
import { ITEM_GUIDANCE, type KindGroup, type TemplateSlug } from "./item-guidance";
import type { CheckItem } from "./items";
import type { ItemKey } from "./keys";
import type { BandKey } from "./scoring";

export type { KindGroup, TemplateSlug };

/** Which variant of a next step fits a kind of Kommune; null when the kind is not known (the anonymous trial). */
export function kindGroupOf(kind: OrganisationKind | null | undefined): KindGroup | null {
  if (!kind) return null;
  if (kind === "landkreis") return "landkreis";
  if (kind === "kreisfreie_stadt") return "kreisfrei";
  return kind === "stadt" || kind === "grosse_kreisstadt" ? "stadt" : "kreisangehoerig";
}

export interface ResolvedNextStep {
  text: string;
  template: TemplateSlug | null;
}

/** The next step of `item` for a Kommune in `band`, in the variant for its kind where there is one. */
export function nextStepFor(item: Pick<CheckItem, "key">, band: BandKey, kind?: OrganisationKind | null): ResolvedNextStep {
  const step = ITEM_GUIDANCE[item.key].nextSteps[band];
  const group = kindGroupOf(kind);
  // A kreisangehörige Stadt shares the Gemeinden's variant where it has none of its own.
  const variant = group && (step.byKind?.[group] ?? (group === "stadt" ? step.byKind?.kreisangehoerig : undefined));
  return { text: variant || step.text, template: step.template ?? null };
}

/** What 0 %, 50 % and 100 % look like for an item: the anchors that make two people's 60 % mean the same. */
export function anchorsOf(key: ItemKey) {
  return ITEM_GUIDANCE[key].anchors;
}

/**
 * The internal AGG complaints office is a legal duty of every employer
 * (§ 13 with § 12 Abs. 5 AGG): a low score on item 12 is flagged whatever
 * the index, not just listed among the gaps.
 */
export function legalDutyNotice(key: ItemKey, band: BandKey): string | null {
  if (key !== "antidiskriminierung" || band !== "low") return null;
  return "Gesetzliche Pflicht: Jede Arbeitgeberin und jeder Arbeitgeber muss eine Beschwerdestelle nach § 13 AGG benennen und sie allen Beschäftigten bekannt machen (§ 12 Abs. 5 AGG). Das gilt auch für Ihre Verwaltung – unabhängig davon, wie Sie insgesamt stehen.";
}
