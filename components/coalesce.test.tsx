import { describe, expect, it } from 'vitest';
import { coalesced } from './coalesce';

/** A job whose runs are started and finished by the test: what it "read" is the version at its start. */
function controlledJob() {
  let version = 0;
  const runs: Array<{ saw: number; finish(): void; fail(error: Error): void }> = [];
  const job = () =>
    new Promise<void>((resolve, reject) => {
      runs.push({ saw: version, finish: resolve, fail: reject });
    });
  return { job, runs, change: () => ++version };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('coalesced runs', () => {
  it('runs once at a time and folds requests made meanwhile into one more run', async () => {
    const { job, runs, change } = controlledJob();
    const request = coalesced(job);
    const first = request();
    change();
    const second = request();
    change();
    const third = request();
    expect(second).toBe(third);
    expect(runs).toHaveLength(1);

    runs[0].finish();
    await first;
    await settle();
    // One follow-up, and it sees every change made before the requests.
    expect(runs).toHaveLength(2);
    expect(runs[1].saw).toBe(2);
    let secondDone = false;
    void second.then(() => (secondDone = true));
    await settle();
    expect(secondDone).toBe(false);
    runs[1].finish();
    await second;
    expect(runs).toHaveLength(2);
  });

  it('still runs the follow-up when the run under way fails, and passes the failure to its own caller only', async () => {
    const { job, runs } = controlledJob();
    const request = coalesced(job);
    const first = request();
    const second = request();
    runs[0].fail(new Error('store closed'));
    await expect(first).rejects.toThrow('store closed');
    await settle();
    expect(runs).toHaveLength(2);
    runs[1].finish();
    await expect(second).resolves.toBeUndefined();
  });

  it('starts afresh once idle', async () => {
    const { job, runs } = controlledJob();
    const request = coalesced(job);
    const first = request();
    runs[0].finish();
    await first;
    const again = request();
    expect(runs).toHaveLength(2);
    runs[1].finish();
    await again;
  });
});
