/**
 * Declarative shadow DOM for a parser that does not attach it. A page rendered on the server as web components
 * (Lit SSR and the like) writes each component's shadow root as `<template shadowrootmode="open">` in its host; a
 * browser's parser attaches it as the host's shadow root and leaves no template behind, so the page shows the
 * template's content, with the host's own children only where its slots put them. happy-dom, which the command line
 * parses pages with, keeps the template as an inert one: its whole article would be left out, and the host's children
 * that no slot shows read in. This attaches what the browser would have.
 *
 * For a document parsed outside a browser only: in the browser, a template still in the page was inserted as markup
 * (innerHTML), which attaches nothing, and stays inert as the page shows it.
 */
export function attachDeclarativeShadowRoots(doc: Document): void {
  // Inner components first would be found in templates' content, which querySelectorAll does not reach: attach
  // each host's root, then look again inside the roots just attached.
  const pending: Array<Document | ShadowRoot> = [doc];
  const hosts = new Set<Element>();
  for (let root = pending.pop(); root; root = pending.pop()) {
    for (const template of [...root.querySelectorAll('template[shadowrootmode]')]) {
      const host = template.parentElement;
      const mode = template.getAttribute('shadowrootmode');
      // Only the first declarative root of a host is attached, and only an open or closed one (as the parser does).
      // A closed one is attached closed: no script reads it, in the browser or here.
      if (!host || hosts.has(host) || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
      hosts.add(host);
      const shadow = host.attachShadow({ mode });
      shadow.append((template as HTMLTemplateElement).content);
      template.remove();
      pending.push(shadow);
    }
  }
}
