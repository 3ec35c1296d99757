import { ref } from "vue";
import type { Problem } from "./api";

/**
 * A screen's one place for what went wrong: `attempt` runs a step, clearing the last problem first and keeping
 * the one the services answer (shown by ProblemNotice), so no screen writes its own try and catch.
 */
export function useProblem() {
  const problem = ref<Problem | null>(null);
  async function attempt<T>(step: () => Promise<T>): Promise<T | undefined> {
    problem.value = null;
    try {
      return await step();
    } catch (e) {
      problem.value = e as Problem;
      return undefined;
    }
  }
  return { problem, attempt };
}

/** What a problem says about one field (`promisedDays`, `materials[0].name`), to show beside that field. */
export function fieldMessage(problem: Problem | null, field: string): string | undefined {
  return problem?.errors?.find((e) => e.field === field)?.message;
}
