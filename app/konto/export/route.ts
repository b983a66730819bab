import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { exportOwnData } from "@/lib/services/profile";

export const dynamic = "force-dynamic";

/** The signed-in person's own data as a JSON download (right of access, Art. 15/20 DSGVO). */
export async function GET() {
  try {
    const user = await requireUser();
    const data = await exportOwnData(getDb(), user);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="kurz-check-meine-daten.json"',
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ message: error.message }, { status: error.status });
    throw error;
  }
}
