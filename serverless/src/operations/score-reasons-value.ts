import { MAX_STRING_PROPERTY_CHARACTERS } from '../hubspot/string-property-limit';

/**
 * The score's reasons as the contact keeps them (`leadops_score_reasons`, one per line), so they are on
 * the record whatever happens to the audit note, cut to what one HubSpot value holds.
 */
export function scoreReasonsValue(reasons: readonly string[]): string {
  const text = reasons.join('\n');
  return text.length <= MAX_STRING_PROPERTY_CHARACTERS ? text : `${text.slice(0, MAX_STRING_PROPERTY_CHARACTERS - 1)}…`;
}
