/**
 * The dashboard's export/import worker: parsing a 100 MB backup, validating 200,000 claims and
 * writing them happen here, off the page's thread, with progress messages back (see ./jobs.ts).
 * IndexedDB is available in workers, so the worker opens the library itself.
 */
import { createJobHandler, type JobEvent, type JobRequest } from './jobs';

const handler = createJobHandler();
const scope = self as unknown as { onmessage: ((event: MessageEvent<JobRequest>) => void) | null; postMessage(event: JobEvent): void };

scope.onmessage = (event) => {
  void handler.handle(event.data, (reply) => scope.postMessage(reply));
};
