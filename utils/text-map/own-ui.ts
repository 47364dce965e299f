/** Our own elements (card host, selection button, fallback marks' helpers) carry this attribute. */
export const OWN_UI_ATTRIBUTE = 'data-figure-finder-ui';
