/**
 * JSON that can sit inside `<script type="application/json">`: a name such as `</script><script>…`
 * must not end the element, so `<`, `>` and `&` become JSON escapes (JSON.parse reads them back
 * unchanged). U+2028/U+2029 are escaped too, for readers that treat the text as JavaScript.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
