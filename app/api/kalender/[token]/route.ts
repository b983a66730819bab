import { getDb } from "@/db";
import { jsonRoute } from "@/lib/route-handlers/json";
import { calendarFeed } from "@/lib/services/measure-exports";

export const dynamic = "force-dynamic";

/**
 * The calendar feed of a Kommune's due dates for calendar apps, which cannot
 * sign in: the secret in the address is the key, and a Kommune renews it
 * (the old address then answers 404).
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/kalender/[token]">) {
  return jsonRoute(async () => {
    const feed = await calendarFeed(getDb(), (await params).token);
    if (feed === null)
      return new Response("Diese Kalenderadresse gibt es nicht (mehr).", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    return new Response(feed, { headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, max-age=300" } });
  });
}
