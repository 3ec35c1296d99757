import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths as CataloguePaths } from "./api/generated/catalogue";
import type { paths as IntakePaths } from "./api/generated/intake";
import type { paths as ProxyAgentPaths } from "./api/generated/proxy-agent";
import type { paths as OversightPaths } from "./api/generated/oversight";
import type { ConsoleSettings } from "./settings";
import { session } from "./session";

/** An RFC 9457 problem as the services answer every error: what went wrong and each bad field. */
export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

/**
 * Every call carries the signed-in member of staff's token, as any front end's would, and asks for the services'
 * Chinese texts (problem titles and field messages): the console is Chinese, whatever language the browser prefers.
 */
const bearer: Middleware = {
  onRequest({ request }) {
    request.headers.set("Accept-Language", "zh-CN");
    if (session.staff) {
      request.headers.set("Authorization", `Bearer ${session.staff.token}`);
    }
    return request;
  },
};

function client<P extends {}>(baseUrl: string): Client<P> {
  const c = createClient<P>({ baseUrl });
  c.use(bearer);
  return c;
}

export let catalogue: Client<CataloguePaths>;
export let intake: Client<IntakePaths>;
export let proxyAgent: Client<ProxyAgentPaths>;
export let oversight: Client<OversightPaths>;
export let serviceUrls: ConsoleSettings["services"];

export function connect(settings: ConsoleSettings): void {
  serviceUrls = settings.services;
  catalogue = client<CataloguePaths>(settings.services.catalogue);
  intake = client<IntakePaths>(settings.services.intake);
  proxyAgent = client<ProxyAgentPaths>(settings.services.proxyAgent);
  oversight = client<OversightPaths>(settings.services.oversight);
}

/** The data of an answer, or the problem it carried thrown for the screen to show. */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) {
    const problem = (error ?? {}) as Partial<Problem>;
    throw { status: response.status, ...problem } as Problem;
  }
  return data as T;
}
