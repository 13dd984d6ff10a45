import type { ContactBrowserData } from './contact-browser-data';
import { CONTACT_VIEW_SOURCE } from './contact-view-source';

/** The functions CONTACT_VIEW_SOURCE defines. */
export interface ContactView {
  /** A `<tr>` of the contacts table; the name links to `#contact-<index>`. */
  rowHtml(data: ContactBrowserData, index: number): string;
  /** The `<article id="contact-<index>">` holding the contact's whole decision log. */
  logHtml(data: ContactBrowserData, index: number): string;
  /** Lower-case text the filter box matches against. */
  searchText(data: ContactBrowserData, index: number): string;
}

let view: ContactView | undefined;

/**
 * The browser's row and log rendering, run in Node. `new Function` over our own constant source (no
 * data goes into it) is what lets server and browser share one implementation.
 */
export function contactView(): ContactView {
  view ??= new Function(`${CONTACT_VIEW_SOURCE}\nreturn { rowHtml: rowHtml, logHtml: logHtml, searchText: searchText };`)() as ContactView;
  return view;
}
