import { afterEach, describe, expect, it, vi } from 'vitest';
import { librarySender } from '../store';
import { workerJobs } from './jobs';

afterEach(() => vi.unstubAllGlobals());

describe('jobs in a worker', () => {
  it('has the worker announce its writes as the page that started it, before any job', () => {
    const started: unknown[] = [];
    const posted: unknown[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        constructor(_url: URL, options: unknown) {
          started.push(options);
        }
        postMessage(message: unknown) {
          posted.push(message);
        }
        terminate() {}
      },
    );
    const jobs = workerJobs('figure-finder-test');
    void jobs.prepareImport(new Blob(['{}']));
    expect(started).toEqual([{ type: 'module', name: 'figure-finder-test' }]);
    // A worker handles its messages in order: the first says whose writes it makes.
    expect(posted[0]).toEqual({ type: 'announce-as', sender: librarySender() });
    expect(posted[1]).toMatchObject({ type: 'prepare' });
    jobs.dispose();
  });
});
