/**
 * The side panel's list of a page's claims, grouped by kind. Each claim is a button (click: scroll
 * the page to its highlight) with a status menu beside it. Keyboard: j/k or ↓/↑ move between claims,
 * Enter opens the claim's card on the page, 1–4 set its fact-check status. The list is one Tab stop
 * (the active claim and its status menu), however long it is.
 */
import { useRef, useState } from 'preact/hooks';
import { formatNumber, t, type MessageKey } from '../utils/i18n';
import type { PageClaim } from '../utils/messages';
import { STATUSES, claimStatus, groupByKind } from '../utils/panels/claim-filter';
import type { ClaimKind } from '../utils/quantities/types';
import { CLAIM_KINDS } from '../utils/settings';
import type { FactCheckStatus } from '../utils/store/types';
import { kindLabel } from './PageSummary';

interface ClaimListProps {
  /** Makes heading ids unique when the panel shows one list per article. */
  idPrefix: string;
  claims: PageClaim[];
  colors: Record<ClaimKind, string>;
  activeId: string | null;
  onActivate(claimId: string): void;
  onScrollTo(claimId: string): void;
  onOpenCard(claimId: string): void;
  onSetStatus(claimId: string, status: FactCheckStatus): void;
}

export const statusLabel = (status: FactCheckStatus) => t(`status_${status}` as MessageKey);

export function claimDomId(claimId: string): string {
  return `claim-${claimId}`;
}

export function ClaimList({ idPrefix, claims, colors, activeId, onActivate, onScrollTo, onOpenCard, onSetStatus }: ClaimListProps) {
  const groups = groupByKind(claims, CLAIM_KINDS);
  const order = groups.flatMap(([, group]) => group.map((claim) => claim.id));
  const listRef = useRef<HTMLDivElement>(null);
  // What the last status change did, for screen readers: 1–4 change a menu that does not have focus.
  const [announcement, setAnnouncement] = useState('');
  const setStatus = (claimId: string, status: FactCheckStatus) => {
    const claim = claims.find((c) => c.id === claimId);
    if (claim) setAnnouncement(t('panel_status_announce', [claim.text, statusLabel(status)]));
    onSetStatus(claimId, status);
  };
  // One claim is in the Tab order at a time (roving tabindex): the active one, else the first.
  const tabStop = activeId !== null && order.includes(activeId) ? activeId : order[0];

  const focusClaim = (claimId: string) => {
    onActivate(claimId);
    listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(claimDomId(claimId))}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    // Typing in a status menu keeps its own keys.
    if (target.tagName === 'SELECT' || event.altKey || event.ctrlKey || event.metaKey) return;
    const claimId = target.closest<HTMLElement>('[data-claim-id]')?.dataset.claimId ?? activeId;
    const index = claimId ? order.indexOf(claimId) : -1;
    const move = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      const next = order[Math.min(order.length - 1, Math.max(0, index + move))];
      if (next && next !== claimId) {
        focusClaim(next);
        onScrollTo(next);
      }
    } else if (event.key === 'Enter' && claimId && index >= 0) {
      event.preventDefault();
      onOpenCard(claimId);
    } else if (/^[1-4]$/.test(event.key) && claimId && index >= 0) {
      event.preventDefault();
      setStatus(claimId, STATUSES[Number(event.key) - 1]);
    }
  };

  return (
    <div class="claim-list" ref={listRef} onKeyDown={onKeyDown}>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {groups.map(([kind, group]) => (
        <section key={kind} class="kind-group" aria-labelledby={`${idPrefix}-kind-${kind}`}>
          <h3 id={`${idPrefix}-kind-${kind}`} class="kind-heading">
            <span class="swatch" style={{ background: colors[kind] }} aria-hidden="true" />
            {kindLabel(kind)}
            <span class="count">{formatNumber(group.length)}</span>
          </h3>
          <ul>
            {group.map((claim) => (
              <ClaimRow
                key={claim.id}
                claim={claim}
                color={colors[kind]}
                active={claim.id === activeId}
                tabStop={claim.id === tabStop}
                onClick={() => {
                  onActivate(claim.id);
                  onScrollTo(claim.id);
                }}
                onSetStatus={(status) => setStatus(claim.id, status)}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

interface ClaimRowProps {
  claim: PageClaim;
  color: string;
  active: boolean;
  tabStop: boolean;
  onClick(): void;
  onSetStatus(status: FactCheckStatus): void;
}

function ClaimRow({ claim, color, active, tabStop, onClick, onSetStatus }: ClaimRowProps) {
  const status = claimStatus(claim);
  const approx = claim.approx === 'exact' ? '' : `${t(`approx_${claim.approx}` as MessageKey)} `;
  return (
    <li class={`claim-row${active ? ' active' : ''}${claim.dismissed ? ' dismissed' : ''}`} data-claim-id={claim.id}>
      <button
        type="button"
        id={claimDomId(claim.id)}
        class="claim-button"
        tabIndex={tabStop ? 0 : -1}
        aria-current={active ? 'true' : undefined}
        aria-keyshortcuts="j k ArrowDown ArrowUp Enter 1 2 3 4"
        onClick={onClick}
      >
        <span class="claim-figure">
          <mark style={{ background: color }}>{claim.text}</mark>
          {approx && <span class="muted"> ({approx.trim()})</span>}
        </span>
        {claim.subject && <span class="claim-subject">{claim.subject}</span>}
        {claim.annotation?.note && <span class="claim-note">{t('panel_note', claim.annotation.note)}</span>}
        {(claim.origin === 'reader' || claim.dismissed) && (
          <span class="claim-flags">
            {claim.origin === 'reader' && <span class="tag">{t('panel_reader_added')}</span>}
            {claim.dismissed && <span class="tag">{t('panel_not_claim')}</span>}
          </span>
        )}
      </button>
      {/* Only the tab-stop row's menu is a Tab stop too: 1–4 set any row's status, and a page of
          hundreds of figures must not cost hundreds of Tabs to get past. */}
      <select
        class={`status-select status-${status}`}
        tabIndex={tabStop ? 0 : -1}
        aria-label={t('panel_set_status', claim.text)}
        value={status}
        onChange={(event) => onSetStatus((event.currentTarget as HTMLSelectElement).value as FactCheckStatus)}
      >
        {STATUSES.map((option, index) => (
          <option key={option} value={option}>
            {`${index + 1} · ${statusLabel(option)}`}
          </option>
        ))}
      </select>
    </li>
  );
}
