/** The library store: open it, save and read articles with their claims and notes. */
export {
  openLibrary,
  requestPersistentStorage,
  saveArticle,
  saveArticles,
  SAVE_BATCH_SIZE,
  restoreArticle,
  deleteArticle,
  getSavedArticle,
  findArticleByUrl,
  findArticlesByUrl,
  putAnnotation,
  deleteAnnotation,
  putClaim,
  editArticle,
  editClaim,
  listRecentArticles,
  readLibrary,
  readSavedArticles,
  readSavedLines,
  onLibraryChange,
  librarySender,
  announceAs,
  getMeta,
  setMeta,
  type LibraryDB,
  type ArticlePatch,
  type ClaimPatch,
  type LibrarySnapshot,
  type BulkSaveResult,
} from './library';
export { StorageFullError, StoreWriteError } from './errors';
export { DEFAULT_LIBRARY_NAME, SCHEMA_VERSION, MIGRATIONS } from './schema';
export { regionCodes } from './keys';
export type * from './types';
