import type { Metadata, Viewport } from "next";
import { GuestIntl } from "@/components/i18n/guest-intl";
import { composeMessages, pick } from "@/lib/i18n/messages";
import "./globals.css";

/** The questionnaire's shared components speak German in the portal (guest pages put their own language around them). */
const GERMAN = pick(composeMessages("de").messages, ["fragebogen", "fehler", "perspektiven"]);

export const metadata: Metadata = {
  title: { default: "Kurz-Check Integration", template: "%s – Kurz-Check Integration" },
  description:
    "Der Kurz-Check zeigt Gemeinden, Märkten, Städten und Landkreisen in Bayern, wo ihre kommunale Integrationsarbeit steht und was der nächste Schritt ist.",
  applicationName: "Kurz-Check Integration",
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = { themeColor: "#0b2545" };

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="de">
      <body className="flex min-h-screen flex-col">
        <a
          href="#inhalt"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:font-semibold"
        >
          Zum Inhalt springen
        </a>
        <GuestIntl locale="de-DE" messages={GERMAN}>
          {children}
        </GuestIntl>
      </body>
    </html>
  );
}
