/**
 * A lucide icon drawn from its icon node data (lucide-preact does not support Preact 11). Icons
 * beside a text label are decorative and hidden from screen readers; an icon standing alone must
 * be given a `label`.
 */
import { h } from 'preact';
import type { IconNode } from 'lucide';

interface IconProps {
  icon: IconNode;
  size?: number;
  label?: string;
  class?: string;
}

export function Icon({ icon, size = 16, label, class: className }: IconProps) {
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
      class={className ? `icon ${className}` : 'icon'}
      focusable="false"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': 'true' })}
    >
      {icon.map(([tag, attrs], index) => h(tag, { key: index, ...attrs }))}
    </svg>
  );
}
