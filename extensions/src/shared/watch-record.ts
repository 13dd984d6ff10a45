/**
 * Registers `onChange` to run whenever the record's properties change. HubSpot's onCrmPropertiesUpdate fires
 * for an edit anywhere on the record page and after any card's refreshObjectProperties; it offers no way to
 * unsubscribe, so a card registers once.
 */
export type WatchRecord = (onChange: () => void) => void;

/** The part of a CRM record card's `actions` that watching needs. */
export interface PropertyUpdateActions {
  readonly onCrmPropertiesUpdate: (properties: string[] | '*', callback: (properties: Record<string, string>) => void) => void;
}

/**
 * Watches every property: a card's data depends on whichever properties the config's rules read, and those
 * the card cannot know.
 */
export function watchRecordWith(actions: PropertyUpdateActions): WatchRecord {
  return (onChange) => actions.onCrmPropertiesUpdate('*', () => onChange());
}
