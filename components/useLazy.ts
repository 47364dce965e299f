/** A component loaded by dynamic import the first time it is wanted, then kept. */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- props are checked where the component is used
export function useLazy<P = any>(load: () => Promise<ComponentType<P>>, wanted: boolean): ComponentType<P> | null {
  const [component, setComponent] = useState<{ value: ComponentType<P> } | null>(null);
  useEffect(() => {
    if (!wanted || component) return;
    let live = true;
    void load().then((value) => live && setComponent({ value }));
    return () => {
      live = false;
    };
  }, [wanted]);
  return component?.value ?? null;
}
