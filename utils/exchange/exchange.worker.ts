/**
 * The dashboard's export/import worker: parsing a 100 MB backup, validating 200,000 claims and
 * writing them happen here, off the page's thread, with progress messages back (see ./jobs.ts).
 * IndexedDB is available in workers, so the worker opens the library itself, by the name it was given.
 */
import { announceAs, DEFAULT_LIBRARY_NAME } from '../store';
import { createJobHandler, type JobEvent, type JobRequest, type WorkerSetup } from './jobs';

const scope = self as unknown as { name: string; onmessage: ((event: MessageEvent<JobRequest | WorkerSetup>) => void) | null; postMessage(event: JobEvent): void };
// The page names the worker after the library it works on (see workerJobs).
const handler = createJobHandler(scope.name || DEFAULT_LIBRARY_NAME);

scope.onmessage = (event) => {
  // The page's import is the page's own change: it reloads when the import is done, not on each notice.
  if (event.data.type === 'announce-as') return announceAs(event.data.sender);
  void handler.handle(event.data, (reply) => scope.postMessage(reply));
};
