import { ref } from "vue";
import type { ConsoleSettings } from "./settings";

/**
 * Staff sign in at the province's identity provider: OpenID Connect authorization code with PKCE (RFC 7636),
 * a public client, so no secret lives in the browser. The access token it returns is what the services verify
 * (JWKS); it must carry the roles in `groups` and the scope claims `jur` and `dept`, as docs/security.md says.
 */
type Oidc = NonNullable<ConsoleSettings["signIn"]["oidc"]>;
const PENDING = "onetrip.oidc";

/** Why the last return from the identity provider did not sign anyone in, for the sign-in screen to say. */
export const signInFailure = ref<string | null>(null);

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function discover(oidc: Oidc): Promise<{ authorization_endpoint: string; token_endpoint: string }> {
  const response = await fetch(`${oidc.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`identity provider: HTTP ${response.status}`);
  return response.json();
}

export async function startSignIn(oidc: Oidc): Promise<void> {
  const endpoints = await discover(oidc);
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
  const state = base64Url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, tokenEndpoint: endpoints.token_endpoint }));
  const query = new URLSearchParams({
    response_type: "code", client_id: oidc.clientId, redirect_uri: `${location.origin}/`, scope: oidc.scope,
    state, code_challenge: challenge, code_challenge_method: "S256",
  });
  location.assign(`${endpoints.authorization_endpoint}?${query}`);
}

/**
 * Back from the identity provider with a code: exchanges it for the token; null when this is no such return; an
 * answer that is not to this tab's request, or the provider's refusal, is thrown.
 */
export async function finishSignIn(oidc: Oidc): Promise<string | null> {
  const params = new URLSearchParams(location.search);
  const code = params.get("code");
  const refusal = params.get("error");
  const stored = sessionStorage.getItem(PENDING);
  if ((!code && !refusal) || !stored) return null;
  sessionStorage.removeItem(PENDING);
  const pending = JSON.parse(stored) as { verifier: string; state: string; tokenEndpoint: string };
  history.replaceState(null, "", `${location.pathname}${location.hash}`);
  if (params.get("state") !== pending.state) throw new Error("sign-in answer does not match the request (state)");
  if (refusal || !code) throw new Error(`identity provider: ${refusal}`);
  const response = await fetch(pending.tokenEndpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code", code, redirect_uri: `${location.origin}/`, client_id: oidc.clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) throw new Error(`identity provider token: HTTP ${response.status}`);
  return (await response.json()).access_token as string;
}
