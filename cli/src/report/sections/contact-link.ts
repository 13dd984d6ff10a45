import { escapeHtml } from '../escape-html';

/** A link to a contact's decision log in the contacts section (the anchor its script and its pre-rendered logs answer). */
export function contactLink(contactIndex: number, name: string): string {
  return `<a href="#contact-${contactIndex}">${escapeHtml(name)}</a>`;
}
