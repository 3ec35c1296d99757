import { createApp } from "vue";
import App from "./App.vue";
import { connect } from "./api";
import { finishSignIn } from "./oidc";
import { router } from "./router";
import { signIn } from "./session";
import { loadSettings } from "./settings";
import "./style.css";

const settings = await loadSettings();
connect(settings);
if (settings.signIn.oidc) {
  const token = await finishSignIn(settings.signIn.oidc);
  if (token) signIn(token);
}
createApp(App).use(router).mount("#app");
