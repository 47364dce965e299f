/**
 * One saved article: where it came from, its regions and tags, its figures and the reader's notes with
 * their fact-checks (status, corrected value, evidence link). The reader can correct the title, date and
 * tags (kept through later saves of the page), mark a figure as not a figure, delete a note, or delete
 * the article; deletions offer undo.
 */
import { Check, ExternalLink, Pencil, Trash2, X } from 'lucide';
import { useEffect, useState } from 'preact/hooks';
import { currentLocale, formatNumber, labelled } from '../utils/i18n';
import { unitInfo } from '../utils/quantities/units';
import { deleteAnnotation, deleteArticle, editArticle, putAnnotation, putClaim, restoreArticle, type LibraryDB } from '../utils/store';
import type { AnnotationRecord, ClaimRecord, SavedArticle } from '../utils/store/types';
import { isEvidenceUrl } from './AnnotationForm';
import { articleTitle, s, type StringKey } from './dashboard-strings';
import { Icon } from './Icon';
import { regionPaths } from './region-paths';
import type { Library } from './useLibrary';
import type { Notify } from './Toast';

interface Props {
  saved: SavedArticle;
  write: Library['write'];
  notify: Notify;
}

export function unitLabel(unit: string, zh: boolean): string {
  const label = unitInfo(unit)?.label;
  return label ? (zh ? label.zh : label.en || label.zh) : unit;
}

/**
 * A figure's value with its unit in the interface's language (`1,000 mu`, `1,000 亩`), whatever the
 * article's language: the figure as written sits beside it. A generic counter has no English word.
 */
export function valueWithUnit(value: number, unit: string): string {
  const zh = currentLocale() === 'zh-CN';
  const info = unitInfo(unit);
  const label = info ? (zh ? info.label.zh : info.label.en) : unit;
  if (!label) return formatNumber(value);
  return zh || /^[%‰]/.test(label) ? `${formatNumber(value)}${label}` : `${formatNumber(value)} ${label}`;
}

export function ArticleDetail({ saved, write, notify }: Props) {
  const { article, claims, annotations } = saved;
  const [editing, setEditing] = useState(false);
  useEffect(() => setEditing(false), [article.id]);
  // A figure several notes judge (two readers', or imported beside one's own) shows the latest verdict; the notes list shows them all.
  const notesByClaim = new Map<string, AnnotationRecord>();
  for (const note of annotations) {
    if (note.claimId === undefined) continue;
    const shown = notesByClaim.get(note.claimId);
    if (!shown || note.updatedAt >= shown.updatedAt) notesByClaim.set(note.claimId, note);
  }
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]));
  const sorted = [...claims].sort((a, b) => a.start - b.start);

  const remove = async () => {
    const result = await write((db) => deleteArticle(db, article.id));
    if (!result.ok) return notify({ message: result.message, error: true });
    const deleted = result.value;
    if (deleted) {
      notify({
        message: s('deletedArticle', articleTitle(article)),
        undo: async () => {
          const back = await write((db) => restoreArticle(db, deleted));
          notify(back.ok ? { message: s('restored') } : { message: back.message, error: true });
        },
      });
    }
  };

  const removeNote = async (note: AnnotationRecord) => {
    const result = await write((db) => deleteAnnotation(db, note.id));
    if (!result.ok) return notify({ message: result.message, error: true });
    notify({
      message: s('deletedNote'),
      undo: async () => {
        const back = await write((db: LibraryDB) => putAnnotation(db, note));
        notify(back.ok ? { message: s('restored') } : { message: back.message, error: true });
      },
    });
  };

  const toggleDismissed = async (claim: ClaimRecord) => {
    const result = await write((db) => putClaim(db, { ...claim, dismissed: !claim.dismissed, updatedAt: Date.now() }));
    if (!result.ok) notify({ message: result.message, error: true });
  };

  const lang = article.language === 'zh' ? 'zh-CN' : 'en';
  return (
    <article class="article-detail" aria-labelledby="article-title">
      {editing ? (
        <EditForm saved={saved} write={write} notify={notify} onDone={() => setEditing(false)} />
      ) : (
        <header class="detail-header">
          <h2 id="article-title" lang={article.title.trim() ? lang : undefined}>
            {articleTitle(article)}
          </h2>
          <div class="detail-actions">
            <button type="button" onClick={() => setEditing(true)}>
              <Icon icon={Pencil} /> {s('edit')}
            </button>
            <button type="button" class="danger" onClick={() => void remove()}>
              <Icon icon={Trash2} /> {s('deleteArticle')}
            </button>
          </div>
        </header>
      )}
      <dl class="detail-meta">
        <dt>{s('source')}</dt>
        <dd>
          {article.source === 'page' ? (
            <a href={article.url} target="_blank" rel="noreferrer noopener">
              {article.site} <Icon icon={ExternalLink} label={s('openSource')} size={14} />
            </a>
          ) : (
            article.site
          )}
          {' · '}
          {article.date ?? s('noDate')}
          {article.byline ? ` · ${article.byline}` : ''}
          {article.editor ? ` · ${s('editedBy', article.editor)}` : ''}
        </dd>
        <dt>{s('regions')}</dt>
        <dd>{regionPaths(article.regions).join('；') || '—'}</dd>
        <dt>{s('tags')}</dt>
        <dd>{article.tags?.length ? article.tags.join(', ') : s('noTags')}</dd>
      </dl>

      <h3>{s('claims')}</h3>
      {sorted.length === 0 ? (
        <p class="muted">{s('noClaims')}</p>
      ) : (
        <table class="claims-table">
          <thead>
            <tr>
              <th scope="col">{s('colFigure')}</th>
              <th scope="col">{s('colValue')}</th>
              <th scope="col">{s('colSubject')}</th>
              <th scope="col">{s('colStatus')}</th>
              <th scope="col">
                <span class="visually-hidden">{s('dismiss')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((claim) => {
              const note = notesByClaim.get(claim.id);
              return (
                <tr key={claim.id} class={claim.dismissed ? 'dismissed' : undefined}>
                  <td lang={lang} title={claim.sentence}>
                    {claim.text}
                    {claim.origin === 'reader' ? <span class="badge">{s('readerAdded')}</span> : null}
                  </td>
                  <td>
                    {valueWithUnit(claim.value, claim.unit)}
                    <span class="muted"> · {s(`kind_${claim.kind}` as StringKey)}</span>
                  </td>
                  <td lang={lang}>{claim.subject}</td>
                  <td>
                    {claim.dismissed ? (
                      <span class="muted">{s('dismissed')}</span>
                    ) : (
                      <>
                        <span class={`status status-${note?.status ?? 'unverified'}`}>{s(`status_${note?.status ?? 'unverified'}` as StringKey)}</span>
                        {note ? <FactCheck note={note} unit={claim.unit} /> : null}
                      </>
                    )}
                    {note?.note ? <div class="claim-note" lang={lang}>{note.note}</div> : null}
                  </td>
                  <td>
                    <button
                      type="button"
                      class="icon-button"
                      aria-pressed={claim.dismissed ? 'true' : 'false'}
                      title={claim.dismissed ? s('undismiss') : s('dismiss')}
                      onClick={() => void toggleDismissed(claim)}
                    >
                      <Icon icon={claim.dismissed ? Check : X} label={labelled(claim.dismissed ? s('undismiss') : s('dismiss'), claim.text)} />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h3>{s('notes')}</h3>
      {annotations.length === 0 ? (
        <p class="muted">{s('noNotes')}</p>
      ) : (
        <ul class="notes-list">
          {annotations.map((note) => (
            <li key={note.id}>
              <blockquote lang={lang}>{note.anchor.quote.exact}</blockquote>
              <p lang={lang}>{note.note || '—'}</p>
              <p class="muted">
                {s(`status_${note.status}` as StringKey)}
                {note.tags.length ? ` · ${note.tags.join(', ')}` : ''}
              </p>
              <FactCheck note={note} unit={note.claimId ? claimsById.get(note.claimId)?.unit : undefined} />
              <button type="button" class="icon-button" onClick={() => void removeNote(note)}>
                <Icon icon={Trash2} label={labelled(s('delete'), note.note || note.anchor.quote.exact)} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/**
 * A fact-check's corrected value and evidence, shown beside its status. Only an http(s) address becomes a
 * link, opened in a new tab that gets no handle on this page and no referrer; anything else (a note typed
 * there, a `javascript:` address from an imported file) is shown as text.
 */
function FactCheck({ note, unit }: { note: AnnotationRecord; unit?: string }) {
  const evidence = note.evidenceUrl?.trim();
  if (note.correctedValue === undefined && !evidence) return null;
  return (
    <p class="fact-check">
      {note.correctedValue !== undefined ? (
        <span>{labelled(s('correctedValue'), unit ? valueWithUnit(note.correctedValue, unit) : formatNumber(note.correctedValue))}</span>
      ) : null}
      {evidence ? (
        <span>
          {labelled(s('evidence'))}
          {isEvidenceUrl(evidence) ? (
            <a href={evidence} target="_blank" rel="noopener noreferrer" title={evidence}>
              <span class="evidence-address">{evidence.replace(/^https?:\/\//i, '')}</span>
              <Icon icon={ExternalLink} label={s('opensInNewTab')} size={14} />
            </a>
          ) : (
            <span class="evidence-address">{evidence}</span>
          )}
        </span>
      ) : null}
    </p>
  );
}

function EditForm({ saved, write, notify, onDone }: Props & { onDone(): void }) {
  const { article } = saved;
  const [title, setTitle] = useState(article.title);
  const [date, setDate] = useState(article.date ?? '');
  const [tags, setTags] = useState((article.tags ?? []).join(', '));
  const [error, setError] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!title.trim()) return setError(s('emptyTitle'));
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date.trim())) return setError(s('badDate'));
    const tagList = [...new Set(tags.split(/[,，、;；]/).map((t) => t.trim()).filter(Boolean))];
    const patch: Parameters<typeof editArticle>[2] = {};
    if (title.trim() !== article.title) patch.title = title.trim();
    if ((date.trim() || undefined) !== article.date) patch.date = date.trim() || undefined;
    if (tagList.join('\u0000') !== (article.tags ?? []).join('\u0000')) patch.tags = tagList;
    if (Object.keys(patch).length === 0) return onDone();
    const result = await write((db) => editArticle(db, article.id, patch));
    if (!result.ok) {
      setError(result.message);
      notify({ message: result.message, error: true });
      return;
    }
    onDone();
  };

  return (
    <form class="edit-form" onSubmit={(e) => void submit(e)} aria-labelledby="edit-heading">
      <h2 id="edit-heading" class="visually-hidden">
        {s('edit')}
      </h2>
      <label>
        {s('editTitle')}
        <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} required />
      </label>
      <label>
        {s('editDate')}
        <input value={date} onInput={(e) => setDate(e.currentTarget.value)} placeholder="2024-01-15" aria-invalid={error === s('badDate')} />
      </label>
      <label>
        {s('editTags')}
        <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      <div class="detail-actions">
        <button type="submit" class="primary">
          <Icon icon={Check} /> {s('save')}
        </button>
        <button type="button" onClick={onDone}>
          <Icon icon={X} /> {s('cancel')}
        </button>
      </div>
    </form>
  );
}
