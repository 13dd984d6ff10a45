import type { AssociationKind, AssociationTypeSpec } from './association-types';
import { STANDARD_ASSOCIATION_KINDS, reverseKind } from './association-types';
import { DEFAULT_GROUPS, DEFAULT_PROPERTIES } from './default-properties';
import type { PortalSeed, SeedOwner } from './emulator-types';
import type { ObjectTypeDescriptor } from './object-types';
import { STANDARD_OBJECT_TYPES, customObjectType } from './object-types';
import type { PropertyChanges, PropertyDefinition, PropertyDraft, PropertyGroup } from './property-definition';
import { buildPropertyDefinition, buildPropertyOption } from './property-definition';
import { parseTimestamp } from './property-values';

/** A CRM record as the portal holds it: every value a string or null. */
export interface CrmObject {
  readonly id: string;
  readonly properties: Readonly<Record<string, string | null>>;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** An owner (`PublicOwner`), with the timestamps HubSpot reports. */
export interface OwnerRecord extends SeedOwner {
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A custom object type created through the schemas API. */
export interface CustomSchema {
  readonly id: string;
  readonly objectTypeId: string;
  readonly name: string;
  readonly fullyQualifiedName: string;
  readonly labels: { readonly singular?: string; readonly plural?: string };
  readonly description?: string;
  readonly primaryDisplayProperty?: string;
  readonly secondaryDisplayProperties: readonly string[];
  readonly searchableProperties: readonly string[];
  readonly requiredProperties: readonly string[];
  readonly allowsSensitiveProperties: boolean;
  readonly associations: readonly { readonly id: string; readonly fromObjectTypeId: string; readonly toObjectTypeId: string; readonly name: string; readonly createdAt: number; readonly updatedAt: number }[];
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** What it takes to create a custom object type. */
export interface CustomSchemaDraft {
  readonly name: string;
  readonly labels: { readonly singular?: string; readonly plural?: string };
  readonly description?: string;
  readonly primaryDisplayProperty?: string;
  readonly secondaryDisplayProperties: readonly string[];
  readonly searchableProperties: readonly string[];
  readonly requiredProperties: readonly string[];
  readonly allowsSensitiveProperties: boolean;
  readonly properties: readonly PropertyDraft[];
  /** Object type ids to associate with (already resolved). */
  readonly associatedObjectTypeIds: readonly string[];
}

/** A sequence enrollment the emulator accepted. */
export interface SequenceEnrollment {
  readonly id: string;
  readonly sequenceId: string;
  readonly contactId: string;
  readonly senderEmail: string;
  readonly senderAliasAddress?: string;
  readonly userId: string;
  readonly toEmail: string;
  readonly enrolledAt: number;
}

/** A workflow callback completed through the callbacks API. */
export interface CompletedCallback {
  readonly callbackId: string;
  readonly outputFields: Readonly<Record<string, string>>;
  readonly typedOutputs: Readonly<Record<string, unknown>>;
  readonly failureReasonType?: string;
  readonly completedAt: number;
}

/** A settings user (GET /settings/users/2026-03/{userId}). */
export type SettingsUser = NonNullable<PortalSeed['settingsUsers']>[number];

/** One association from a record, with every type it carries. */
export interface AssociatedRecord {
  readonly toObjectId: string;
  readonly associationTypes: readonly AssociationTypeSpec[];
}

interface TypeState {
  readonly descriptor: ObjectTypeDescriptor;
  readonly objects: Map<string, CrmObject>;
  readonly properties: Map<string, PropertyDefinition>;
  readonly groups: Map<string, PropertyGroup>;
}

interface ListState {
  readonly listId: string;
  readonly name: string;
  readonly members: Set<string>;
}

/** Everything the portal holds, as plain data: compare two to prove a request changed nothing. */
export interface PortalSnapshot {
  readonly objects: Record<string, CrmObject[]>;
  readonly properties: Record<string, string[]>;
  readonly groups: Record<string, string[]>;
  readonly associations: Record<string, Record<string, AssociationTypeSpec[]>>;
  readonly schemas: CustomSchema[];
  readonly enrollments: SequenceEnrollment[];
  readonly lists: Record<string, string[]>;
  readonly completedCallbacks: CompletedCallback[];
  readonly actionDefinitions: Record<string, unknown>;
}

const FIRST_CUSTOM_TYPE_NUMBER = 1_234_567;
const FIRST_CUSTOM_ASSOCIATION_TYPE_ID = 1_000;

/**
 * An in-memory HubSpot portal: CRM records with HubSpot's property definitions, owners, associations,
 * custom object schemas, sequences, lists, settings users, completed callbacks and action definitions.
 *
 * Methods here change state without HubSpot's validation: the HTTP handlers validate first (so a
 * rejected request changes nothing), and tests use these methods to seed and inspect directly.
 */
export class InMemoryPortal {
  private readonly types = new Map<string, TypeState>();
  private readonly kinds: AssociationKind[] = [];
  private readonly links = new Map<string, Map<string, AssociationTypeSpec[]>>();
  private readonly owners = new Map<string, OwnerRecord>();
  private readonly settingsUsers = new Map<string, SettingsUser>();
  private readonly sequences: { readonly id: string; readonly name: string; readonly createdAt: number }[] = [];
  private readonly lists = new Map<string, ListState>();
  private readonly schemas = new Map<string, CustomSchema>();
  private readonly actionDefinitions = new Map<string, Readonly<Record<string, unknown>>>();
  private readonly enrollmentLog: SequenceEnrollment[] = [];
  private readonly callbackLog: CompletedCallback[] = [];
  private nextId = 101;
  private nextCustomTypeNumber = FIRST_CUSTOM_TYPE_NUMBER;
  private nextAssociationTypeId = FIRST_CUSTOM_ASSOCIATION_TYPE_ID;

  constructor(
    seed: PortalSeed = {},
    private readonly now: () => number = Date.now,
    /** Gives custom objects `p<portalId>_<name>` as fully qualified name; without it `p_<name>`. */
    private readonly portalId?: number,
  ) {
    for (const descriptor of STANDARD_OBJECT_TYPES) this.addType(descriptor, DEFAULT_PROPERTIES[descriptor.objectTypeId] ?? [], DEFAULT_GROUPS[descriptor.objectTypeId] ?? []);
    this.kinds.push(...STANDARD_ASSOCIATION_KINDS);
    this.applySeed(seed);
  }

  // ── object types ──────────────────────────────────────────────────────────

  /** The object type a path names: plural or singular name, type id, custom name, `p_<name>` or fully qualified name. */
  objectType(nameOrId: string): ObjectTypeDescriptor | undefined {
    const wanted = nameOrId.toLowerCase();
    for (const state of this.types.values()) {
      const d = state.descriptor;
      if (d.objectTypeId === wanted || d.name.toLowerCase() === wanted || d.aliases.some((alias) => alias.toLowerCase() === wanted)) return d;
    }
    return undefined;
  }

  /** Every object type, standard ones first. */
  objectTypes(): ObjectTypeDescriptor[] {
    return [...this.types.values()].map((state) => state.descriptor);
  }

  // ── records ───────────────────────────────────────────────────────────────

  getObject(objectType: string, id: string): CrmObject | undefined {
    return this.state(objectType).objects.get(id);
  }

  /** The first record whose property equals the value (case-insensitively for email-like text). */
  findObjectByProperty(objectType: string, property: string, value: string): CrmObject | undefined {
    if (property === 'hs_object_id') return this.getObject(objectType, value);
    const wanted = value.toLowerCase();
    for (const record of this.state(objectType).objects.values()) {
      if (record.properties[property]?.toLowerCase() === wanted) return record;
    }
    return undefined;
  }

  /** Records in creation order. */
  listObjects(objectType: string): CrmObject[] {
    return [...this.state(objectType).objects.values()];
  }

  countObjects(objectType: string): number {
    return this.state(objectType).objects.size;
  }

  /**
   * Creates a record without validation (seeding). Undefined properties are defined as text; HubSpot's
   * system properties (hs_object_id, create and modified dates) are filled in.
   */
  createObject(objectType: string, properties: Readonly<Record<string, string | null>>, options: { readonly id?: string; readonly at?: number } = {}): CrmObject {
    const state = this.state(objectType);
    const d = state.descriptor;
    const id = options.id ?? String(this.nextId);
    if (state.objects.has(id)) throw new Error(`${d.name} ${id} already exists`);
    this.bumpIdsPast(id);
    for (const name of Object.keys(properties)) this.ensureProperty(state, name);
    const createdAt = timestampOf(properties[d.createdProperty]) ?? options.at ?? this.now();
    const updatedAt = timestampOf(properties[d.modifiedProperty]) ?? Math.max(createdAt, options.at ?? createdAt);
    const record: CrmObject = {
      id,
      createdAt,
      updatedAt,
      properties: { ...properties, hs_object_id: id, [d.createdProperty]: new Date(createdAt).toISOString(), [d.modifiedProperty]: new Date(updatedAt).toISOString() },
    };
    state.objects.set(id, record);
    return record;
  }

  /** Sets property values on a record without validation; null clears. Returns the updated record. */
  updateObject(objectType: string, id: string, properties: Readonly<Record<string, string | null>>, at: number = this.now()): CrmObject {
    const state = this.state(objectType);
    const current = state.objects.get(id);
    if (!current) throw new Error(`${state.descriptor.name} ${id} does not exist`);
    for (const name of Object.keys(properties)) this.ensureProperty(state, name);
    const updated: CrmObject = { ...current, updatedAt: at, properties: { ...current.properties, ...properties, [state.descriptor.modifiedProperty]: new Date(at).toISOString() } };
    state.objects.set(id, updated);
    return updated;
  }

  /** Removes a record, as a user deleting or merging it in HubSpot would while a job runs. */
  deleteObject(objectType: string, id: string): void {
    const state = this.state(objectType);
    if (!state.objects.delete(id)) throw new Error(`${state.descriptor.name} ${id} does not exist`);
  }

  // ── property definitions ──────────────────────────────────────────────────

  getProperty(objectType: string, name: string): PropertyDefinition | undefined {
    return this.state(objectType).properties.get(name);
  }

  listProperties(objectType: string): PropertyDefinition[] {
    return [...this.state(objectType).properties.values()];
  }

  /** Adds a property definition; throws when the name is taken (the handler answers 409 first). */
  defineProperty(objectType: string, draft: PropertyDraft): PropertyDefinition {
    const state = this.state(objectType);
    if (state.properties.has(draft.name)) throw new Error(`Property ${draft.name} already exists on ${state.descriptor.name}`);
    const createdAt = new Date(this.now()).toISOString();
    const definition = buildPropertyDefinition({ createdAt, ...draft }, state.descriptor.defaultGroup);
    state.properties.set(definition.name, definition);
    return definition;
  }

  /** Removes a property definition (an admin archiving it); values already stored stay on the records. */
  deleteProperty(objectType: string, name: string): void {
    const state = this.state(objectType);
    if (!state.properties.delete(name)) throw new Error(`Property ${name} does not exist on ${state.descriptor.name}`);
  }

  /** Replaces the fields given (options as a whole list, as HubSpot does); throws when there is no such property. */
  updateProperty(objectType: string, name: string, changes: PropertyChanges): PropertyDefinition {
    const state = this.state(objectType);
    const current = state.properties.get(name);
    if (!current) throw new Error(`Property ${name} does not exist on ${state.descriptor.name}`);
    const { options, ...fields } = changes;
    const updated: PropertyDefinition = { ...current, ...fields, options: options === undefined ? current.options : options.map(buildPropertyOption), updatedAt: new Date(this.now()).toISOString() };
    state.properties.set(name, updated);
    return updated;
  }

  getGroup(objectType: string, name: string): PropertyGroup | undefined {
    return this.state(objectType).groups.get(name);
  }

  defineGroup(objectType: string, group: { readonly name: string; readonly label: string; readonly displayOrder?: number }): PropertyGroup {
    const state = this.state(objectType);
    if (state.groups.has(group.name)) throw new Error(`Group ${group.name} already exists on ${state.descriptor.name}`);
    const created: PropertyGroup = { name: group.name, label: group.label, displayOrder: group.displayOrder ?? -1, archived: false };
    state.groups.set(created.name, created);
    return created;
  }

  // ── owners and users ──────────────────────────────────────────────────────

  listOwners(): OwnerRecord[] {
    return [...this.owners.values()];
  }

  getOwner(id: string): OwnerRecord | undefined {
    return this.owners.get(id);
  }

  addOwner(owner: SeedOwner): OwnerRecord {
    const at = this.now();
    const record: OwnerRecord = { ...owner, createdAt: at, updatedAt: at };
    this.owners.set(owner.id, record);
    return record;
  }

  /** A settings user by user id, or by email when `by` is EMAIL. */
  getSettingsUser(key: string, by: 'USER_ID' | 'EMAIL' = 'USER_ID'): SettingsUser | undefined {
    if (by === 'USER_ID') return this.settingsUsers.get(key);
    return [...this.settingsUsers.values()].find((user) => user.email.toLowerCase() === key.toLowerCase());
  }

  addSettingsUser(user: SettingsUser): void {
    this.settingsUsers.set(user.id, user);
  }

  // ── associations ──────────────────────────────────────────────────────────

  /** The association kind from one type with this type id, if HubSpot (or a custom schema) defines it. */
  associationKind(fromObjectTypeId: string, typeId: number): AssociationKind | undefined {
    for (const kind of this.kinds) {
      if (kind.fromObjectTypeId === fromObjectTypeId && kind.typeId === typeId) return kind;
      if (kind.toObjectTypeId === fromObjectTypeId && kind.reverseTypeId === typeId) return reverseKind(kind);
    }
    return undefined;
  }

  /** The default (unlabelled) kind between two types, if any. */
  defaultAssociationKind(fromObjectTypeId: string, toObjectTypeId: string): AssociationKind | undefined {
    const candidates = this.kinds.flatMap((kind) => [kind, reverseKind(kind)]).filter((kind) => kind.fromObjectTypeId === fromObjectTypeId && kind.toObjectTypeId === toObjectTypeId);
    return candidates.find((kind) => kind.label === undefined) ?? candidates[0];
  }

  /** Associates two records with a kind, in both directions (HubSpot stores the reverse type too). */
  associate(kind: AssociationKind, fromId: string, toId: string): void {
    this.addLink(kind.fromObjectTypeId, fromId, kind.toObjectTypeId, toId, spec(kind));
    const reverse = reverseKind(kind);
    this.addLink(reverse.fromObjectTypeId, toId, reverse.toObjectTypeId, fromId, spec(reverse));
  }

  /** A record's associations to one object type, in target-id order. */
  associations(fromObjectType: string, fromId: string, toObjectType: string): AssociatedRecord[] {
    const from = this.state(fromObjectType).descriptor.objectTypeId;
    const to = this.state(toObjectType).descriptor.objectTypeId;
    const targets = this.links.get(`${from}:${fromId}`);
    if (!targets) return [];
    const found: AssociatedRecord[] = [];
    for (const [key, types] of targets) {
      const [typeId, id] = splitKey(key);
      if (typeId === to) found.push({ toObjectId: id, associationTypes: [...types] });
    }
    return found.sort((a, b) => compareIds(a.toObjectId, b.toObjectId));
  }

  // ── custom object schemas ─────────────────────────────────────────────────

  listSchemas(): CustomSchema[] {
    return [...this.schemas.values()];
  }

  /** Creates a custom object type without validation (the handler validates first). */
  createSchema(draft: CustomSchemaDraft): CustomSchema {
    const number = this.nextCustomTypeNumber++;
    const objectTypeId = `2-${number}`;
    const fullyQualifiedName = this.portalId === undefined ? `p_${draft.name}` : `p${this.portalId}_${draft.name}`;
    const at = this.now();
    const associations = draft.associatedObjectTypeIds.map((toObjectTypeId) => {
      const typeId = this.nextAssociationTypeId++;
      const reverseTypeId = this.nextAssociationTypeId++;
      const toName = this.state(toObjectTypeId).descriptor.aliases[0] ?? toObjectTypeId;
      const name = `${draft.name}_to_${toName}`;
      this.kinds.push({ fromObjectTypeId: objectTypeId, toObjectTypeId, typeId, reverseTypeId, category: 'USER_DEFINED', name, reverseName: `${toName}_to_${draft.name}` });
      return { id: String(typeId), fromObjectTypeId: objectTypeId, toObjectTypeId, name: name.toUpperCase(), createdAt: at, updatedAt: at };
    });
    const schema: CustomSchema = {
      id: String(number),
      objectTypeId,
      name: draft.name,
      fullyQualifiedName,
      labels: draft.labels,
      ...(draft.description === undefined ? {} : { description: draft.description }),
      ...(draft.primaryDisplayProperty === undefined ? {} : { primaryDisplayProperty: draft.primaryDisplayProperty }),
      secondaryDisplayProperties: draft.secondaryDisplayProperties,
      searchableProperties: draft.searchableProperties,
      requiredProperties: draft.requiredProperties,
      allowsSensitiveProperties: draft.allowsSensitiveProperties,
      associations,
      createdAt: at,
      updatedAt: at,
    };
    const descriptor = customObjectType(objectTypeId, draft.name, fullyQualifiedName, draft.requiredProperties, draft.searchableProperties);
    this.addType(descriptor, [...customSystemProperties(), ...draft.properties], [{ name: descriptor.defaultGroup, label: `${draft.labels.singular ?? draft.name} information` }]);
    this.schemas.set(objectTypeId, schema);
    return schema;
  }

  // ── sequences, lists, callbacks, action definitions ───────────────────────

  listSequences(): { readonly id: string; readonly name: string; readonly createdAt: number }[] {
    return [...this.sequences];
  }

  getSequence(id: string): { readonly id: string; readonly name: string; readonly createdAt: number } | undefined {
    return this.sequences.find((sequence) => sequence.id === id);
  }

  addSequence(sequence: { readonly id: string; readonly name: string }): void {
    this.sequences.push({ ...sequence, createdAt: this.now() });
  }

  /** Enrollments accepted so far, oldest first. */
  get enrollments(): readonly SequenceEnrollment[] {
    return this.enrollmentLog;
  }

  recordEnrollment(enrollment: SequenceEnrollment): void {
    this.enrollmentLog.push(enrollment);
  }

  getList(listId: string): { readonly listId: string; readonly name: string } | undefined {
    return this.lists.get(listId);
  }

  addList(list: { readonly listId: string; readonly name: string }): void {
    this.lists.set(list.listId, { ...list, members: new Set() });
  }

  /** Record ids in a list, in the order they were added. */
  listMembers(listId: string): string[] {
    return [...(this.lists.get(listId)?.members ?? [])];
  }

  /** Adds records to a list; returns the ids that were not members yet. */
  addListMembers(listId: string, recordIds: readonly string[]): string[] {
    const list = this.lists.get(listId);
    if (!list) throw new Error(`List ${listId} does not exist`);
    const added = recordIds.filter((id) => !list.members.has(id));
    for (const id of added) list.members.add(id);
    return added;
  }

  /** Callbacks completed so far, oldest first. */
  get completedCallbacks(): readonly CompletedCallback[] {
    return this.callbackLog;
  }

  recordCallback(callback: CompletedCallback): void {
    this.callbackLog.push(callback);
  }

  getActionDefinition(appId: string, definitionId: string): Readonly<Record<string, unknown>> | undefined {
    return this.actionDefinitions.get(`${appId}/${definitionId}`);
  }

  putActionDefinition(appId: string, definitionId: string, definition: Readonly<Record<string, unknown>>): void {
    this.actionDefinitions.set(`${appId}/${definitionId}`, definition);
  }

  /** The app's workflow-action definitions, in the order they were created. */
  listActionDefinitions(appId: string): Readonly<Record<string, unknown>>[] {
    return [...this.actionDefinitions.entries()].filter(([key]) => key.startsWith(`${appId}/`)).map(([, definition]) => definition);
  }

  // ── whole-portal views ────────────────────────────────────────────────────

  /** Every piece of state as plain data; equal snapshots mean nothing was written in between. */
  snapshot(): PortalSnapshot {
    const objects: Record<string, CrmObject[]> = {};
    const properties: Record<string, string[]> = {};
    const groups: Record<string, string[]> = {};
    for (const state of this.types.values()) {
      const key = state.descriptor.objectTypeId;
      objects[key] = [...state.objects.values()].map((record) => ({ ...record, properties: { ...record.properties } }));
      properties[key] = [...state.properties.keys()];
      groups[key] = [...state.groups.keys()];
    }
    const associations: Record<string, Record<string, AssociationTypeSpec[]>> = {};
    for (const [from, targets] of this.links) associations[from] = Object.fromEntries([...targets].map(([to, types]) => [to, [...types]]));
    const lists = Object.fromEntries([...this.lists].map(([id, list]) => [id, [...list.members]]));
    return {
      objects,
      properties,
      groups,
      associations,
      schemas: this.listSchemas(),
      enrollments: [...this.enrollmentLog],
      lists,
      completedCallbacks: [...this.callbackLog],
      actionDefinitions: Object.fromEntries(this.actionDefinitions),
    };
  }

  // ── internals ─────────────────────────────────────────────────────────────

  private state(objectType: string): TypeState {
    const descriptor = this.objectType(objectType);
    const state = descriptor ? this.types.get(descriptor.objectTypeId) : undefined;
    if (!state) throw new Error(`Unknown object type ${objectType}`);
    return state;
  }

  private addType(descriptor: ObjectTypeDescriptor, drafts: readonly PropertyDraft[], groups: readonly { readonly name: string; readonly label: string }[]): void {
    const state: TypeState = { descriptor, objects: new Map(), properties: new Map(), groups: new Map() };
    groups.forEach((group, index) => state.groups.set(group.name, { ...group, displayOrder: index, archived: false }));
    for (const draft of drafts) state.properties.set(draft.name, buildPropertyDefinition(draft, descriptor.defaultGroup));
    this.types.set(descriptor.objectTypeId, state);
  }

  private ensureProperty(state: TypeState, name: string): void {
    if (!state.properties.has(name)) state.properties.set(name, buildPropertyDefinition({ name, type: 'string' }, state.descriptor.defaultGroup));
  }

  private bumpIdsPast(id: string): void {
    const numeric = Number(id);
    if (Number.isSafeInteger(numeric) && numeric >= this.nextId) this.nextId = numeric + 1;
  }

  private addLink(fromTypeId: string, fromId: string, toTypeId: string, toId: string, type: AssociationTypeSpec): void {
    const fromKey = `${fromTypeId}:${fromId}`;
    const targets = this.links.get(fromKey) ?? new Map<string, AssociationTypeSpec[]>();
    this.links.set(fromKey, targets);
    const toKey = `${toTypeId}:${toId}`;
    const types = targets.get(toKey) ?? [];
    if (!types.some((existing) => existing.typeId === type.typeId)) types.push(type);
    targets.set(toKey, types);
  }

  private applySeed(seed: PortalSeed): void {
    for (const [objectType, drafts] of Object.entries(seed.properties ?? {})) {
      for (const draft of drafts) this.defineProperty(objectType, draft);
    }
    for (const owner of seed.owners ?? []) this.addOwner(owner);
    for (const user of seed.settingsUsers ?? []) this.addSettingsUser(user);
    for (const sequence of seed.sequences ?? []) this.addSequence(sequence);
    for (const list of seed.lists ?? []) this.addList(list);
    for (const action of seed.workflowActions ?? []) {
      this.putActionDefinition(action.appId, action.id, { id: action.id, revisionId: '1', actionUrl: action.actionUrl, functions: [], inputFields: [], labels: {}, objectTypes: [...(action.objectTypes ?? ['CONTACT'])], outputFields: [...(action.outputFields ?? [])], published: false });
    }
    for (const contact of seed.contacts ?? []) this.createObject('contacts', contact.properties, { id: contact.id });
    for (const company of seed.companies ?? []) this.createObject('companies', company.properties, { id: company.id });
    for (const user of seed.users ?? []) this.createObject('users', user.properties, { id: user.id });
    const primary = this.associationKind('0-1', 1);
    const unlabelled = this.associationKind('0-1', 279);
    for (const [contactId, companyIds] of Object.entries(seed.contactCompanies ?? {})) {
      companyIds.forEach((companyId, index) => {
        // HubSpot marks the first company primary and mirrors it in associatedcompanyid.
        if (index === 0 && primary) {
          this.associate(primary, contactId, companyId);
          const contact = this.getObject('contacts', contactId);
          if (contact && !contact.properties['associatedcompanyid']) this.state('contacts').objects.set(contactId, { ...contact, properties: { ...contact.properties, associatedcompanyid: companyId } });
        }
        if (unlabelled) this.associate(unlabelled, contactId, companyId);
      });
    }
  }
}

function timestampOf(value: string | null | undefined): number | undefined {
  return value ? parseTimestamp(value) : undefined;
}

function spec(kind: AssociationKind): AssociationTypeSpec {
  return { category: kind.category, typeId: kind.typeId, ...(kind.label === undefined ? {} : { label: kind.label }) };
}

function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf(':');
  return [key.slice(0, at), key.slice(at + 1)];
}

/** Numeric ids in numeric order, anything else after them in text order. */
export function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function customSystemProperties(): PropertyDraft[] {
  return [
    { name: 'hs_object_id', label: 'Record ID', type: 'number', hubspotDefined: true, readOnlyValue: true },
    { name: 'hs_createdate', label: 'Object create date/time', type: 'datetime', hubspotDefined: true, readOnlyValue: true },
    { name: 'hs_lastmodifieddate', label: 'Object last modified date/time', type: 'datetime', hubspotDefined: true, readOnlyValue: true },
  ];
}
