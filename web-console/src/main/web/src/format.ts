import type { components } from "./api/generated/catalogue";

/** A moment as people at a Chinese service centre read it: Beijing time, whatever the browser's zone. */
export function beijingTime(at?: string | null): string {
  if (!at) return "—";
  return new Date(at).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false,
    year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
}

/** The date in Beijing (YYYY-MM-DD): the day the service centres and the working-day calendar go by. */
export function beijingDate(at: Date = new Date()): string {
  return at.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
}

/** The Monday of the week a Beijing date falls in (the board's weeks start on Monday). */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** A share as the board prints it; none where nothing was counted. */
export function percent(p?: number | null): string {
  return p === undefined || p === null ? "—" : `${p}%`;
}

/** A material's necessity as guides print it; typed by the catalogue's contract, so a new value fails the build. */
export const necessityLabels: Record<components["schemas"]["Necessity"], string> = {
  REQUIRED: "必交", CONDITIONAL: "视情形", OPTIONAL: "选交",
};
