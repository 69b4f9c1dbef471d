import type { MarkStatus } from './types';

/**
 * The page-level rules that paint highlighted sentences. `::highlight()` only works from a
 * document stylesheet (the ranges are in Gmail's DOM, not in a shadow root), so one small
 * <style> goes into the page's head. It is built with textContent: Gmail enforces Trusted
 * Types, and nothing here is markup anyway.
 */

const STYLE_ATTR = 'data-accord-highlights';

/** The highlight registry name for a status: `::highlight(accord-proposed)`. */
export const highlightName = (status: MarkStatus) => `accord-${status}`;

const PAINT: Record<MarkStatus, string> = {
  suggested: 'text-decoration: underline dotted 2px #1a73e8; text-underline-offset: 3px;',
  proposed: 'background-color: rgb(251 188 4 / 22%); text-decoration: underline 2px #e37400;',
  confirmed: 'background-color: rgb(30 142 62 / 14%); text-decoration: underline 2px #1e8e3e;',
  done: 'text-decoration: underline 2px #1e8e3e;',
  missed: 'background-color: rgb(217 48 37 / 14%); text-decoration: underline 2px #d93025;',
  cancelled: 'text-decoration: underline dotted 2px #80868b;',
  renegotiated: 'background-color: rgb(132 48 206 / 12%); text-decoration: underline 2px #8430ce;',
};

export function ensureHighlightStyle(doc: Document): void {
  if (doc.querySelector(`style[${STYLE_ATTR}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTR, '');
  style.textContent = (Object.keys(PAINT) as MarkStatus[])
    .map((status) => `::highlight(${highlightName(status)}) { ${PAINT[status]} }`)
    .join('\n');
  (doc.head ?? doc.documentElement).append(style);
}

export function removeHighlightStyle(doc: Document): void {
  doc.querySelectorAll(`style[${STYLE_ATTR}]`).forEach((el) => el.remove());
}
