/**
 * Failures a reader must hear about. A full disk or an exhausted quota makes IndexedDB abort the
 * transaction, so nothing of that write is stored; the store turns it into StorageFullError so the
 * UI can say so instead of pretending the save worked.
 */

export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  /** What to tell the reader, in each UI language. */
  readonly userMessage = {
    en: 'Not saved: the browser has no space left for the library. Free some disk space or export and delete old articles, then try again. Nothing was half-saved.',
    'zh-CN': '未保存：浏览器已没有空间存放资料库。请释放磁盘空间，或导出后删除旧文章，再重试。没有写入任何不完整的数据。',
  } as const;

  constructor(options?: { cause?: unknown }) {
    super('The library could not be written: storage is full (quota exceeded).', options);
  }
}

/** Any other failed write; the transaction was aborted, so nothing of it was stored. */
export class StoreWriteError extends Error {
  override readonly name = 'StoreWriteError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) return false;
  const name = (error as { name?: string }).name;
  // Firefox reported NS_ERROR_DOM_QUOTA_REACHED before it adopted the standard name.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** The error to throw for a failed write: StorageFullError for quota, StoreWriteError otherwise. */
export function writeError(error: unknown): Error {
  if (error instanceof StorageFullError || error instanceof StoreWriteError) return error;
  if (isQuotaError(error)) return new StorageFullError({ cause: error });
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StoreWriteError(`The library could not be written (${detail}); nothing was changed.`, { cause: error });
}
