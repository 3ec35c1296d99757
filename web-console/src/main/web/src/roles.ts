/** The roles staff sign in as, and the screen each starts on. */
export const roles = [
  { role: "clerk", label: "窗口工作人员", home: "/window" },
  { role: "officer", label: "部门工作人员", home: "/inbox" },
  { role: "agent", label: "代办员", home: "/agent" },
  { role: "supervisor", label: "效能监督", home: "/supervision" },
  { role: "deputy", label: "人大代表", home: "/supervision" },
  { role: "catalogue-admin", label: "事项管理", home: "/items" },
];

export function homeOf(role: string): string {
  return roles.find((r) => r.role === role)?.home ?? "/";
}
