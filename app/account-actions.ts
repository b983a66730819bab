import type { AccountActions } from "@/components/layout/account-actions";
import { signOutAction } from "./(anmeldung)/actions";
import { chooseKommuneAction } from "./kommune/actions";

/** What the header's account controls post to; the layouts hand it to the page frame. */
export const ACCOUNT_ACTIONS: AccountActions = { signOut: signOutAction, chooseKommune: chooseKommuneAction };
