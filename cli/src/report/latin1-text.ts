import { Buffer } from 'node:buffer';

/**
 * Characters past U+00FF. V8 keeps a string in one byte per character only while every character fits
 * in Latin-1: a single "→" or "Ł" anywhere doubles the memory of the whole 100,000-contact report, and
 * of every copy made while it is assembled. A surrogate pair is matched whole so it becomes one reference.
 */
const BEYOND_LATIN1 = /[\ud800-\udbff][\udc00-\udfff]|[\u0100-\ud7ff\ue000-\uffff]|[\ud800-\udfff]/g;

/**
 * HTML whose characters past U+00FF are written as numeric character references, which every parser
 * reads back as the same text. Only for markup and escapable text (titles, attributes, element content):
 * `<script>` and `<style>` content is raw text, where a reference would stay a literal "&#8594;".
 */
export function latin1Html(html: string): string {
  return html.replace(BEYOND_LATIN1, (character) => `&#${character.codePointAt(0) ?? 0xfffd};`);
}

/**
 * The same Latin-1 text, stored one byte per character. V8 decides the width of a string by how it was
 * made, not by what it holds: a name cut out of a CSV file that contains one "→" anywhere is two bytes
 * per character, and so is every string built from it. The caller must pass text without characters past
 * U+00FF (latin1Html and jsonForScript write those as references and escapes); they would be cut to a byte.
 */
export function oneByteString(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('latin1');
}
