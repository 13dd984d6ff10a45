/** How the emulator knows an object type: its ids and names, and which properties HubSpot treats specially. */
export interface ObjectTypeDescriptor {
  /** `0-1` for contacts, `2-…` for custom objects. */
  readonly objectTypeId: string;
  /** Name used in API paths: plural for standard objects (`contacts`), the schema name for custom ones. */
  readonly name: string;
  /** Other names HubSpot accepts in paths (singular forms, `p_<name>`, the fully qualified name). */
  readonly aliases: readonly string[];
  /** Upper-case name HubSpot uses in messages (CONTACT, COMPANY, …). */
  readonly messageName: string;
  readonly createdProperty: string;
  readonly modifiedProperty: string;
  /** Returned when a read names no properties. */
  readonly defaultProperties: readonly string[];
  /** Must be present when an object is created. */
  readonly requiredProperties: readonly string[];
  /** Matched by a search's free-text `query`. */
  readonly searchableProperties: readonly string[];
  readonly defaultGroup: string;
}

/** Properties a read always returns, whatever was asked for. */
export function alwaysReturned(type: ObjectTypeDescriptor): readonly string[] {
  return [type.createdProperty, 'hs_object_id', type.modifiedProperty];
}

const ENGAGEMENT_DEFAULTS = ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'] as const;

/** HubSpot's standard objects the gateway uses. */
export const STANDARD_OBJECT_TYPES: readonly ObjectTypeDescriptor[] = [
  {
    objectTypeId: '0-1',
    name: 'contacts',
    aliases: ['contact'],
    messageName: 'CONTACT',
    createdProperty: 'createdate',
    modifiedProperty: 'lastmodifieddate',
    defaultProperties: ['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname'],
    requiredProperties: [],
    searchableProperties: ['firstname', 'lastname', 'email', 'phone', 'mobilephone', 'company'],
    defaultGroup: 'contactinformation',
  },
  {
    objectTypeId: '0-2',
    name: 'companies',
    aliases: ['company'],
    messageName: 'COMPANY',
    createdProperty: 'createdate',
    modifiedProperty: 'hs_lastmodifieddate',
    defaultProperties: ['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name'],
    requiredProperties: [],
    searchableProperties: ['name', 'domain', 'website', 'phone'],
    defaultGroup: 'companyinformation',
  },
  {
    objectTypeId: '0-46',
    name: 'notes',
    aliases: ['note'],
    messageName: 'NOTE',
    createdProperty: 'hs_createdate',
    modifiedProperty: 'hs_lastmodifieddate',
    defaultProperties: ENGAGEMENT_DEFAULTS,
    requiredProperties: ['hs_timestamp'],
    searchableProperties: ['hs_note_body'],
    defaultGroup: 'noteinformation',
  },
  {
    objectTypeId: '0-27',
    name: 'tasks',
    aliases: ['task'],
    messageName: 'TASK',
    createdProperty: 'hs_createdate',
    modifiedProperty: 'hs_lastmodifieddate',
    defaultProperties: ENGAGEMENT_DEFAULTS,
    requiredProperties: ['hs_timestamp'],
    searchableProperties: ['hs_task_subject', 'hs_task_body'],
    defaultGroup: 'taskinformation',
  },
  {
    objectTypeId: '0-115',
    name: 'users',
    aliases: ['user'],
    messageName: 'USER',
    createdProperty: 'hs_createdate',
    modifiedProperty: 'hs_lastmodifieddate',
    defaultProperties: ENGAGEMENT_DEFAULTS,
    requiredProperties: [],
    searchableProperties: ['hs_email', 'hs_given_name', 'hs_family_name'],
    defaultGroup: 'userinformation',
  },
];

/** The descriptor of a custom object created through the schemas API. */
export function customObjectType(objectTypeId: string, name: string, fullyQualifiedName: string, requiredProperties: readonly string[], searchableProperties: readonly string[]): ObjectTypeDescriptor {
  return {
    objectTypeId,
    name,
    aliases: [fullyQualifiedName, `p_${name}`],
    messageName: fullyQualifiedName.toUpperCase(),
    createdProperty: 'hs_createdate',
    modifiedProperty: 'hs_lastmodifieddate',
    defaultProperties: ENGAGEMENT_DEFAULTS,
    requiredProperties,
    searchableProperties,
    defaultGroup: `${name}_information`,
  };
}
