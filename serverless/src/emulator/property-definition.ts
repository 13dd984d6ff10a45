/** One option of an enumeration property (`Option` in the properties API). */
export interface PropertyOption {
  readonly label: string;
  readonly value: string;
  readonly displayOrder: number;
  readonly hidden: boolean;
  readonly description?: string;
}

/** HubSpot's property data types. */
export type PropertyType = 'string' | 'number' | 'bool' | 'date' | 'datetime' | 'enumeration' | 'phone_number';

/** A property definition as the properties API returns it (`Property` in properties.json). */
export interface PropertyDefinition {
  readonly name: string;
  readonly label: string;
  readonly type: PropertyType;
  readonly fieldType: string;
  readonly groupName: string;
  readonly description: string;
  readonly options: readonly PropertyOption[];
  readonly displayOrder: number;
  readonly calculated: boolean;
  readonly externalOptions: boolean;
  readonly hasUniqueValue: boolean;
  readonly hidden: boolean;
  readonly formField: boolean;
  readonly hubspotDefined: boolean;
  readonly archived: boolean;
  readonly dataSensitivity: 'non_sensitive';
  readonly modificationMetadata: { readonly archivable: boolean; readonly readOnlyDefinition: boolean; readonly readOnlyValue: boolean; readonly readOnlyOptions: boolean };
  readonly referencedObjectType?: string;
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

/** A property group (`PropertyGroup` in properties.json). */
export interface PropertyGroup {
  readonly name: string;
  readonly label: string;
  readonly displayOrder: number;
  readonly archived: boolean;
}

/** What it takes to describe a property; everything else gets HubSpot's defaults. */
export interface PropertyDraft {
  readonly name: string;
  readonly type: PropertyType;
  readonly label?: string;
  readonly fieldType?: string;
  readonly groupName?: string;
  readonly description?: string;
  /** Option values (labels derived) or full options. */
  readonly options?: readonly (string | { readonly label: string; readonly value: string; readonly displayOrder?: number; readonly hidden?: boolean; readonly description?: string })[];
  readonly hubspotDefined?: boolean;
  readonly readOnlyValue?: boolean;
  readonly hasUniqueValue?: boolean;
  readonly hidden?: boolean;
  readonly formField?: boolean;
  readonly displayOrder?: number;
  /** OWNER for owner pickers such as hubspot_owner_id: values must be owner ids. */
  readonly referencedObjectType?: string;
  readonly createdAt?: string;
}

const DEFAULT_FIELD_TYPES: Readonly<Record<PropertyType, string>> = {
  string: 'text',
  number: 'number',
  bool: 'booleancheckbox',
  date: 'date',
  datetime: 'date',
  enumeration: 'select',
  phone_number: 'phonenumber',
};

/** What a property update may replace (`PropertyUpdate`). */
export interface PropertyChanges {
  readonly label?: string;
  readonly description?: string;
  readonly groupName?: string;
  readonly fieldType?: string;
  readonly type?: PropertyType;
  readonly options?: NonNullable<PropertyDraft['options']>;
  readonly displayOrder?: number;
  readonly hidden?: boolean;
  readonly formField?: boolean;
}

/** An option as HubSpot reports it, from a value (the label derived) or an option input at `index`. */
export function buildPropertyOption(option: NonNullable<PropertyDraft['options']>[number], index: number): PropertyOption {
  if (typeof option === 'string') return { label: option, value: option, displayOrder: index, hidden: false };
  return { label: option.label, value: option.value, displayOrder: option.displayOrder ?? index, hidden: option.hidden ?? false, ...(option.description === undefined ? {} : { description: option.description }) };
}

/** Fills in a full definition the way HubSpot reports one. */
export function buildPropertyDefinition(draft: PropertyDraft, defaultGroup: string): PropertyDefinition {
  const options = (draft.options ?? []).map(buildPropertyOption);
  const hubspotDefined = draft.hubspotDefined ?? false;
  const readOnlyValue = draft.readOnlyValue ?? false;
  return {
    name: draft.name,
    label: draft.label ?? draft.name,
    type: draft.type,
    fieldType: draft.fieldType ?? DEFAULT_FIELD_TYPES[draft.type],
    groupName: draft.groupName ?? defaultGroup,
    description: draft.description ?? '',
    options,
    displayOrder: draft.displayOrder ?? -1,
    calculated: false,
    externalOptions: draft.referencedObjectType !== undefined,
    hasUniqueValue: draft.hasUniqueValue ?? false,
    hidden: draft.hidden ?? false,
    formField: draft.formField ?? !readOnlyValue,
    hubspotDefined,
    archived: false,
    dataSensitivity: 'non_sensitive',
    modificationMetadata: { archivable: !hubspotDefined, readOnlyDefinition: hubspotDefined, readOnlyValue, readOnlyOptions: hubspotDefined },
    ...(draft.referencedObjectType === undefined ? {} : { referencedObjectType: draft.referencedObjectType }),
    ...(draft.createdAt === undefined ? {} : { createdAt: draft.createdAt, updatedAt: draft.createdAt }),
  };
}
