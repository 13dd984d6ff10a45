/** A failure a card can show: what happened and what to do next, never a stack trace. */
export interface FunctionError {
  readonly code: string;
  readonly message: string;
  readonly fix: string;
}

/** Every app function resolves to one of these two shapes. */
export type FunctionResult<T extends object> = ({ readonly ok: true } & T) | { readonly ok: false; readonly error: FunctionError };
