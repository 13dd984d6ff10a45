import type { ContactBrowserData } from './contact-browser-data';
import { CONTACT_VIEW_SOURCE } from './contact-view-source';

/** What CONTACT_VIEW_SOURCE's `contactPage(data)` returns: the page's view of its contacts, by index. */
export interface ContactPage {
  readonly count: number;
  /** A `<tr>` of the contacts table; the name links to `#contact-<index>`. */
  rowHtml(index: number): string;
  /** The `<article id="contact-<index>">` holding the contact's whole decision log. */
  logHtml(index: number): string;
  /** Lower-case text the filter box matches against. */
  searchText(index: number): string;
}

type ContactPageFactory = (data: ContactBrowserData) => ContactPage;

let factory: ContactPageFactory | undefined;

/**
 * The browser's row and log rendering, run in Node. `new Function` over our own constant source (no
 * data goes into it) is what lets server and browser share one implementation. Each call makes a new
 * view, so the texts it decodes are let go with it rather than kept for the next report.
 */
export function contactPage(data: ContactBrowserData): ContactPage {
  factory ??= new Function(`${CONTACT_VIEW_SOURCE}\nreturn contactPage;`)() as ContactPageFactory;
  return factory(data);
}
