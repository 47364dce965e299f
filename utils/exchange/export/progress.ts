/** Export and import report progress as work done out of work to do (articles, or records). */
export type Progress = (done: number, total: number) => void;

/** Calls `progress` about a hundred times over a run, not once per record: posting a message per record would cost more than the work. */
export function throttledProgress(progress: Progress | undefined, total: number): (done: number) => void {
  if (!progress) return () => {};
  const step = Math.max(1, Math.floor(total / 100));
  return (done) => {
    if (done === total || done % step === 0) progress(done, total);
  };
}
