import { getPool } from "@/db";
import { databaseIsReachable } from "@/lib/services/health";

export const dynamic = "force-dynamic";

/** Liveness for load balancers: 200 with the database reachable, 503 without. */
export async function GET() {
  const ok = await databaseIsReachable(getPool());
  return Response.json(ok ? { status: "ok" } : { status: "unavailable", message: "Die Datenbank ist nicht erreichbar." }, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
