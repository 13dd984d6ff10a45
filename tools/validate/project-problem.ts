/** One thing wrong with the HubSpot project: the file it is in, the rule it breaks, and how to fix it. */
export interface ProjectProblem {
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  readonly rule: ProjectRule;
  readonly message: string;
}

export type ProjectRule =
  | 'project-config'
  | 'hsmeta-json'
  | 'hsmeta-top-level'
  | 'hsmeta-uid'
  | 'hsmeta-uid-unique'
  | 'hsmeta-location'
  | 'hsmeta-type'
  | 'component-count'
  | 'entrypoint-exists'
  | 'function-exports-main'
  | 'function-has-manifest'
  | 'extension-entry'
  | 'card-location'
  | 'card-object-types'
  | 'app-auth'
  | 'app-scopes';
