import { createRouter, createWebHashHistory } from "vue-router";
import { session } from "./session";
import AgentDesk from "./views/AgentDesk.vue";
import AgentsView from "./views/AgentsView.vue";
import CatalogueAdmin from "./views/CatalogueAdmin.vue";
import CatalogueView from "./views/CatalogueView.vue";
import DepartmentInbox from "./views/DepartmentInbox.vue";
import HomeView from "./views/HomeView.vue";
import LookupView from "./views/LookupView.vue";
import SignInView from "./views/SignInView.vue";
import SupervisionView from "./views/SupervisionView.vue";
import WindowDesk from "./views/WindowDesk.vue";

/** Hash routes: the console is static files, and any server can serve it without rewriting paths. */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: "/", component: HomeView, meta: { title: "首页" } },
    { path: "/lookup", component: LookupView, meta: { title: "办件查询" } },
    { path: "/catalogue", component: CatalogueView, meta: { title: "办事指南" } },
    { path: "/agents", component: AgentsView, meta: { title: "我村的代办员" } },
    { path: "/sign-in", component: SignInView, meta: { title: "登录" } },
    { path: "/window", component: WindowDesk, meta: { title: "综合受理窗口", roles: ["clerk"] } },
    { path: "/items", component: CatalogueAdmin, meta: { title: "事项管理", roles: ["catalogue-admin"] } },
    { path: "/agent", component: AgentDesk, meta: { title: "代办员", roles: ["agent"] } },
    { path: "/inbox", component: DepartmentInbox, meta: { title: "部门办件", roles: ["officer"] } },
    { path: "/supervision", component: SupervisionView, meta: { title: "效能监督", roles: ["supervisor", "deputy"] } },
  ],
});

// A staff screen asks for sign-in first; the services still decide what each token may do.
router.beforeEach((to) => {
  const allowed = to.meta.roles as string[] | undefined;
  if (allowed && (!session.staff || !allowed.includes(session.staff.role))) {
    return { path: "/sign-in", query: { next: to.fullPath } };
  }
});

router.afterEach((to) => {
  document.title = `${to.meta.title ?? ""} · 最多跑一次`;
});
