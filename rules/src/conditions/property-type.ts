/**
 * How a HubSpot property's string value is read. HubSpot returns every value as a string: numbers,
 * booleans, dates (ISO text or epoch milliseconds) and multi-selects (`a;b;c`).
 */
export const PROPERTY_TYPES = ['string', 'number', 'bool', 'datetime', 'enumeration'] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];

export interface PropertyDefinition {
  readonly name: string;
  /** What a rep sees in explanations ("Job title contains 'VP'"). */
  readonly label: string;
  readonly type: PropertyType;
}
