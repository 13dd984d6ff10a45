import { oneByteString } from './latin1-text';

/** `<`, `>`, `&` and everything past Latin-1 (U+2028/U+2029 included). */
const UNSAFE_IN_SCRIPT = /[<>&\u0100-\uffff]/g;

/**
 * JSON that can sit inside `<script type="application/json">`: a name such as `</script><script>…`
 * must not end the element, so `<`, `>` and `&` become JSON escapes (JSON.parse reads them back
 * unchanged). Characters past U+00FF are escaped too: U+2028/U+2029 for readers that treat the text as
 * JavaScript, and all of them so the report stays one byte per character in memory (see latin1-text).
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return oneByteString(json);
}
