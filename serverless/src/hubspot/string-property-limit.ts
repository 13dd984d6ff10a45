/**
 * The most characters HubSpot keeps in one string property value. HubSpot's support staff state it; the
 * API reference does not (see ../shared/notes/hubspot-platform.md), so LeadOps stays within it everywhere.
 */
export const MAX_STRING_PROPERTY_CHARACTERS = 65_536;
