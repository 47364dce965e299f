/**
 * The long export and import work as jobs with progress, run in a Web Worker from the dashboard so a
 * 10,000-article library never freezes the page (./exchange.worker.ts), or on the page's own thread
 * where a worker cannot start (tests, old browsers). Both run the same `handleJob`; the panel only
 * sees `ExchangeJobs`.
 *
 * An import keeps its full merge plan where it was made (in the worker) and sends the page only the
 * preview; confirming applies that plan, so what is written is exactly what was previewed.
 */
import { DEFAULT_LIBRARY_NAME, librarySender, openLibrary, type LibraryDB } from '../store';
import type { ExchangeSettings, ExportFormat } from './formats';
import { applyImport, exportFromLibrary, prepareImport } from './library-io';
import type { MergePlan } from './merge';
import type { ImportRefusal } from './problems';

export type PlanPreview = Omit<MergePlan, 'writes' | 'lines'> & { writes: number };

export type PreviewResult = { ok: true; preview: PlanPreview } | { ok: false; refusal: ImportRefusal };

export interface ExportResult {
  blob: Blob;
  fileName: string;
  articles: number;
}

export interface ApplyResult {
  written: number;
  notWritten: number;
  /** Why writing stopped, if it did: `StorageFullError` lets the panel say the disk is full. */
  error?: { name: string; message: string };
  /** The backup's settings, when the reader asked to restore them; the page applies them. */
  settings?: ExchangeSettings;
}

export type Progress = (done: number, total: number) => void;

export interface ExchangeJobs {
  exportLibrary(request: { format: ExportFormat; articleIds?: string[]; settings: ExchangeSettings }, progress: Progress): Promise<ExportResult>;
  prepareImport(file: Blob): Promise<PreviewResult>;
  applyImport(options: { restoreSettings: boolean }, progress: Progress): Promise<ApplyResult>;
  dispose(): void;
}

export type JobRequest =
  | { id: number; type: 'export'; format: ExportFormat; articleIds?: string[]; settings: ExchangeSettings }
  | { id: number; type: 'prepare'; file: Blob }
  | { id: number; type: 'apply'; restoreSettings: boolean };

/** Sent to the worker before any job: it writes for this page, and announces its writes under the page's sender. */
export interface WorkerSetup {
  type: 'announce-as';
  sender: string;
}

export type JobEvent =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; result: ExportResult | PreviewResult | ApplyResult }
  | { id: number; type: 'failed'; error: { name: string; message: string } };

function plainError(error: unknown): { name: string; message: string } {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
}

/**
 * One side of the job protocol: holds the library connection and the plan awaiting confirmation.
 * Given a name it opens (and on close, closes) its own connection, as the worker must; given the
 * page's open library it borrows it.
 */
export function createJobHandler(source: string | LibraryDB = DEFAULT_LIBRARY_NAME) {
  let db: Promise<LibraryDB> | undefined = typeof source === 'string' ? undefined : Promise.resolve(source);
  let pending: MergePlan | undefined;
  const library = () => (db ??= openLibrary(source as string));

  async function run(request: JobRequest, progress: Progress): Promise<ExportResult | PreviewResult | ApplyResult> {
    switch (request.type) {
      case 'export': {
        const output = await exportFromLibrary(await library(), { format: request.format, articleIds: request.articleIds, settings: request.settings, progress });
        return { blob: new Blob(output.parts as BlobPart[], { type: output.mediaType }), fileName: output.fileName, articles: output.articles };
      }
      case 'prepare': {
        pending = undefined;
        const prepared = await prepareImport(await library(), request.file);
        if (!prepared.ok) return prepared;
        pending = prepared.plan;
        const { writes, lines: _lines, ...rest } = prepared.plan;
        return { ok: true, preview: { ...rest, writes: writes.length } };
      }
      case 'apply': {
        const plan = pending;
        if (!plan) throw new Error('No import is waiting for confirmation.');
        pending = undefined;
        const outcome = await applyImport(await library(), plan, progress);
        const result: ApplyResult = { written: outcome.written, notWritten: outcome.notWritten };
        if (outcome.error !== undefined) result.error = plainError(outcome.error);
        if (request.restoreSettings && plan.settings !== undefined && outcome.notWritten === 0) result.settings = plan.settings;
        return result;
      }
    }
  }

  return {
    async handle(request: JobRequest, post: (event: JobEvent) => void): Promise<void> {
      try {
        const result = await run(request, (done, total) => post({ id: request.id, type: 'progress', done, total }));
        post({ id: request.id, type: 'done', result });
      } catch (error) {
        post({ id: request.id, type: 'failed', error: plainError(error) });
      }
    },
    async close(): Promise<void> {
      if (db && typeof source === 'string') (await db).close();
    },
  };
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The page side: sends requests, routes progress, resolves each job's promise. */
function jobClient(send: (request: JobRequest) => void, dispose: () => void) {
  let next = 1;
  const waiting = new Map<number, { resolve: (r: never) => void; reject: (e: Error) => void; progress?: Progress }>();
  const call = <R>(request: WithoutId<JobRequest>, progress?: Progress) =>
    new Promise<R>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolve as (r: never) => void, reject, progress });
      send({ ...request, id } as JobRequest);
    });
  const receive = (event: JobEvent) => {
    const job = waiting.get(event.id);
    if (!job) return;
    if (event.type === 'progress') job.progress?.(event.done, event.total);
    else {
      waiting.delete(event.id);
      if (event.type === 'done') job.resolve(event.result as never);
      else job.reject(Object.assign(new Error(event.error.message), { name: event.error.name }));
    }
  };
  const failAll = (error: Error) => {
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  };
  const jobs: ExchangeJobs = {
    exportLibrary: (request, progress) => call({ type: 'export', ...request }, progress),
    prepareImport: (file) => call({ type: 'prepare', file }),
    applyImport: (options, progress) => call({ type: 'apply', ...options }, progress),
    dispose,
  };
  return { jobs, receive, failAll };
}

/** Jobs on this thread: for tests, and where a worker cannot start. */
export function inThreadJobs(library?: string | LibraryDB): ExchangeJobs {
  const handler = createJobHandler(library);
  const client = jobClient(
    (request) => void handler.handle(request, (event) => client.receive(event)),
    () => void handler.close(),
  );
  return client.jobs;
}

/** Jobs in a dedicated module worker (the dashboard's default); the worker's name is the library it opens. */
export function workerJobs(libraryName: string = DEFAULT_LIBRARY_NAME): ExchangeJobs {
  const worker = new Worker(new URL('./exchange.worker.ts', import.meta.url), { type: 'module', name: libraryName });
  worker.postMessage({ type: 'announce-as', sender: librarySender() } satisfies WorkerSetup);
  const client = jobClient(
    (request) => worker.postMessage(request),
    () => worker.terminate(),
  );
  worker.onmessage = (event: MessageEvent<JobEvent>) => client.receive(event.data);
  worker.onerror = (event) => client.failAll(new Error(event.message || 'The export/import worker stopped.'));
  return client.jobs;
}

/** A worker where the page can start one, else this thread; on the dashboard's library when given. */
export function createExchangeJobs(db?: LibraryDB): ExchangeJobs {
  if (typeof Worker === 'undefined') return inThreadJobs(db);
  try {
    return workerJobs(db?.name);
  } catch {
    return inThreadJobs(db);
  }
}
