/** A status line for results of the reader's actions, with undo where an action can be undone. */
import { Undo2, X } from 'lucide';
import { s } from './dashboard-strings';
import { Icon } from './Icon';

export interface Notice {
  message: string;
  error?: boolean;
  undo?: () => Promise<void>;
}

export type Notify = (notice: Notice) => void;

export function Toast({ notice, onClose }: { notice: Notice | null; onClose(): void }) {
  // The live region stays in the DOM so screen readers announce each new message.
  return (
    <div class="toast-region" role={notice?.error ? 'alert' : 'status'} aria-live={notice?.error ? 'assertive' : 'polite'}>
      {notice ? (
        <div class={notice.error ? 'toast error' : 'toast'}>
          <span>{notice.message}</span>
          {notice.undo ? (
            <button
              type="button"
              onClick={() => {
                const undo = notice.undo!;
                onClose();
                void undo();
              }}
            >
              <Icon icon={Undo2} /> {s('undo')}
            </button>
          ) : null}
          <button type="button" class="icon-button" onClick={onClose}>
            <Icon icon={X} label={s('cancel')} />
          </button>
        </div>
      ) : null}
    </div>
  );
}
