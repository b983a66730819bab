import { redirect } from "next/navigation";
import { requireUserPage } from "@/lib/auth/guards";
import { homeFor } from "@/lib/auth/home";

/** After sign-in: each role has its own start page. */
export default async function MyAreaPage() {
  const user = await requireUserPage();
  redirect(homeFor(user));
}
