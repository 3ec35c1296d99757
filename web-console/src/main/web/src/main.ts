import { createApp } from "vue";
import App from "./App.vue";
import { connect } from "./api";
import { finishSignIn, signInFailure } from "./oidc";
import { homeOf } from "./roles";
import { router } from "./router";
import { signIn } from "./session";
import { loadSettings } from "./settings";
import "./style.css";

const settings = await loadSettings();
connect(settings);
// Back from the identity provider: the member of staff starts on their own screen; a failed return says why.
let start: string | null = null;
if (settings.signIn.oidc) {
  try {
    const token = await finishSignIn(settings.signIn.oidc);
    if (token) start = homeOf(signIn(token).role);
  } catch (e) {
    signInFailure.value = (e as Error).message;
    start = "/sign-in";
  }
}
if (start) await router.push(start);
createApp(App).use(router).mount("#app");
