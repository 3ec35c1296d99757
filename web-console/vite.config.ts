import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";
import { resolve } from "node:path";

// Built into the Quarkus application's static resources: the console is served by its own deployable.
export default defineConfig({
  root: resolve(import.meta.dirname, "src/main/web"),
  base: "/",
  plugins: [vue()],
  build: {
    outDir: resolve(import.meta.dirname, "target/classes/META-INF/resources"),
    emptyOutDir: true,
    target: "es2022",
  },
  // `npx vite` while ./onetrip up runs: the settings come from the running console.
  server: { port: 5173, proxy: { "/console-settings.json": "http://localhost:8080" } },
});
