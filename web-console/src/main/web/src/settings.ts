/** What the console's server tells it at start: where the services are and how staff sign in. */
export interface ConsoleSettings {
  services: { catalogue: string; intake: string; proxyAgent: string; oversight: string };
  signIn: {
    /** The province's identity provider, or locally the devstack's (authorization code + PKCE); null where none is configured. */
    oidc: { issuer: string; clientId: string; scope: string } | null;
  };
}

/** The settings this page was started with (loaded once, before the first screen). */
export let settings: ConsoleSettings;

export async function loadSettings(): Promise<ConsoleSettings> {
  const response = await fetch("/console-settings.json", { cache: "no-store" });
  if (!response.ok) {
    throw new Error(`console settings: HTTP ${response.status}`);
  }
  settings = (await response.json()) as ConsoleSettings;
  return settings;
}
