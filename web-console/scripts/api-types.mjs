// Typed API clients come from the services' own OpenAPI documents, written by their builds
// (quarkus.smallrye-openapi.store-schema-directory): the console never describes an API by hand.
import openapiTS, { astToString } from "openapi-typescript";
import { mkdir, writeFile, access } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const services = ["catalogue", "intake", "proxy-agent", "oversight"];
const out = resolve("src/main/web/src/api/generated");
await mkdir(out, { recursive: true });
for (const service of services) {
  const source = resolve(`../${service}-service/target/openapi/openapi.json`);
  try {
    await access(source);
  } catch {
    throw new Error(`${source} is missing: build ${service}-service first (./mvnw install -pl ${service}-service -DskipTests)`);
  }
  const ast = await openapiTS(pathToFileURL(source));
  await writeFile(`${out}/${service}.ts`, "// Generated from " + service + "-service's OpenAPI document by scripts/api-types.mjs. Do not edit.\n" + astToString(ast));
  console.log(`api types: ${service}`);
}
