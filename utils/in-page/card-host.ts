/**
 * The claim card's layer places itself by the boxes the page's ranges report, which are in the viewport's pixels. Its
 * host is a fixed box on the root element (beside the body, not in it, so that a body zoomed or scaled by the page, a
 * 长辈版's `zoom: 1.25` or an accessibility toolbar's `transform: scale(1.2)`, neither enlarges nor moves the card).
 * A zoom on the root itself still reaches the layer: there a fixed box's `top: 100px` is drawn 125 pixels down.
 */

/**
 * Zooms our layer's container by the inverse of the zoom it inherits, so that its CSS pixels are the viewport's again.
 * (The container in the shadow root, not the host: the shadow root's reset, `:host { all: initial !important }`, wins
 * over any style the host is given from outside.)
 */
export function cancelInheritedZoom(container: HTMLElement): void {
  // The container is a child of the shadow root: it inherits from the host.
  const root = container.getRootNode();
  const parent = container.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  const inherited = parent?.currentCSSZoom ?? 1;
  const wanted = inherited > 0 && inherited !== 1 ? String(1 / inherited) : '';
  if (container.style.getPropertyValue('zoom') !== wanted) container.style.setProperty('zoom', wanted);
}

/**
 * Puts our host back on the root when the page took it off: a 阅读模式 or PJAX script that rewrites the root
 * (`documentElement.innerHTML = '<head>…</head><body>…</body>'`) removes every child of it, ours too, and a card drawn
 * into the detached host's shadow root would be drawn nowhere. (The shadow root and what is rendered in it go with the
 * host.) Whether the host had to be put back.
 */
export function keepHostOnRoot(host: Element, doc: Document): boolean {
  if (host.isConnected || !doc.documentElement) return false;
  doc.documentElement.append(host);
  return true;
}
