/**
 * Work that must finish before the app reloads itself for an update (for example flushing a pending save), so that
 * accepting "a new version is ready" never loses what the person was doing.
 */
type Task = () => Promise<void> | void;

const tasks = new Set<Task>();

/** Adds a task to run before an update reload; returns a function that removes it. */
export function onBeforeReload(task: Task): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

/** Runs every task; a failing task is reported but does not block the others. */
export async function runBeforeReload(): Promise<unknown[]> {
  const results = await Promise.allSettled([...tasks].map(async (task) => task()));
  return results.flatMap((r): unknown[] => (r.status === 'rejected' ? [r.reason as unknown] : []));
}
