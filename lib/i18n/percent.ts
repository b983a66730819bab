import { formatPercent } from "@/lib/format";

/** Percent as the language writes it: the portal's German "70 %" (narrow space), else "%70", "۷۰٪", "70%". */
export function percentFormatter(intl: string): (value: number) => string {
  if (intl.startsWith("de")) return formatPercent;
  const format = new Intl.NumberFormat(intl, { style: "percent", maximumFractionDigits: 1 });
  return (value: number) => format.format(value / 100);
}
