/** Operators of the condition language shared by lifecycle criteria, scoring, routing and SLA policies. */
export const LEAF_OPERATORS = [
  'eq',
  'neq',
  'in',
  'not_in',
  'contains',
  'not_contains',
  'starts_with',
  'ends_with',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'known',
  'unknown',
  'within_last_days',
  'more_than_days_ago',
  'email_domain_free_mail',
  'email_domain_in_list',
] as const;
export type LeafOperator = (typeof LEAF_OPERATORS)[number];

export type ScalarValue = string | number | boolean;

/** One test of one property: `{ "property": "jobtitle", "op": "contains", "value": "VP" }`. */
export interface LeafCondition {
  readonly property: string;
  readonly op: LeafOperator;
  readonly value?: ScalarValue | readonly ScalarValue[];
  /** Replaces the generated sentence in explanations. */
  readonly label?: string;
}

export interface AllCondition {
  readonly all: readonly Condition[];
  readonly label?: string;
}
export interface AnyCondition {
  readonly any: readonly Condition[];
  readonly label?: string;
}
export interface NotCondition {
  readonly not: Condition;
  readonly label?: string;
}

export type Condition = LeafCondition | AllCondition | AnyCondition | NotCondition;

/** Property values as HubSpot returns them: strings, or nothing. */
export type PropertyValues = Readonly<Record<string, string | null | undefined>>;
