import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site";

/** Public guidance is for everyone; the signed-in areas are nobody's search result. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/kommune", "/beratung", "/admin", "/api", "/einladung", "/passwort-zuruecksetzen"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
