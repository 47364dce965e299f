/**
 * A lucide icon for the export/import panel, drawn from lucide's icon node data (lucide-preact does
 * not support Preact 11). Decorative: the buttons and headings beside it carry the words.
 * The shared components/Icon.tsx (panels) does the same; switch to it once it is on main.
 */
import { h } from 'preact';
import type { IconNode } from 'lucide';

export function ImportExportIcon({ icon, size = 18 }: { icon: IconNode; size?: number }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
      class="exchange-icon"
    >
      {icon.map(([tag, attrs], index) => h(tag, { key: index, ...attrs }))}
    </svg>
  );
}
