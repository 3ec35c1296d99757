/** A moment as people at a Chinese service centre read it: Beijing time, whatever the browser's zone. */
export function beijingTime(at?: string | null): string {
  if (!at) return "—";
  return new Date(at).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false,
    year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
}
