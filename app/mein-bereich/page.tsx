import { redirect } from "next/navigation";
import { homeFor, requireUserPage } from "@/lib/auth/guards";

/** After sign-in: each role has its own start page. */
export default async function MyAreaPage() {
  const user = await requireUserPage();
  redirect(homeFor(user));
}
