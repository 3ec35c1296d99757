import { reactive } from "vue";

/** The signed-in member of staff, as their token says; a resident uses the console without one. */
export interface Staff {
  token: string;
  subject: string;
  role: string;
  jurisdiction: string | null;
  department: string | null;
  expiresAt: number;
}

const KEY = "onetrip.session";

function read(): Staff | null {
  const stored = sessionStorage.getItem(KEY);
  if (!stored) return null;
  const staff = JSON.parse(stored) as Staff;
  return staff.expiresAt * 1000 > Date.now() ? staff : null;
}

export const session = reactive<{ staff: Staff | null }>({ staff: read() });

/** Reads a token's claims (the services verify it; the console only shows who is signed in). */
export function signIn(token: string): Staff {
  const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
  const claims = JSON.parse(new TextDecoder().decode(bytes));
  const staff: Staff = {
    token,
    subject: claims.upn ?? claims.sub,
    role: (claims.groups ?? [])[0] ?? "applicant",
    jurisdiction: claims.jur ?? null,
    department: claims.dept ?? null,
    expiresAt: claims.exp,
  };
  // The tab's session only: closing the tab signs out, and nothing stays on a shared window PC.
  sessionStorage.setItem(KEY, JSON.stringify(staff));
  session.staff = staff;
  return staff;
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  session.staff = null;
}
