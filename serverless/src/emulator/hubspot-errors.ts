import { randomUUID } from 'node:crypto';

/** HubSpot's error body (`Error` in the OpenAPI documents), with the `status: "error"` HubSpot adds. */
export interface HubSpotErrorBody {
  readonly status: 'error';
  readonly message: string;
  readonly correlationId: string;
  readonly category: string;
  readonly context?: Readonly<Record<string, readonly string[]>>;
  readonly errors?: readonly { readonly message: string; readonly code?: string; readonly in?: string }[];
}

/** One rejected property value, in the shape HubSpot embeds (as JSON) in a VALIDATION_ERROR message. */
export interface PropertyValueError {
  readonly isValid: false;
  readonly message: string;
  readonly error: string;
  readonly name: string;
  readonly localizedErrorMessage: string;
}

/** Builds HubSpot's error body with a fresh correlation id. */
export function errorBody(category: string, message: string, context?: Record<string, readonly string[]>): HubSpotErrorBody {
  return { status: 'error', message, correlationId: randomUUID(), category, ...(context ? { context } : {}) };
}

/**
 * Thrown by a handler to answer with an error. Handlers throw before touching the portal, which is how
 * a rejected request leaves nothing written.
 */
export class HubSpotHttpError extends Error {
  constructor(
    readonly status: number,
    readonly category: string,
    message: string,
    readonly context?: Record<string, readonly string[]>,
  ) {
    super(message);
    this.name = 'HubSpotHttpError';
  }

  /** The body HubSpot would send for this error. */
  toBody(): HubSpotErrorBody {
    return errorBody(this.category, this.message, this.context);
  }
}

/** 400 VALIDATION_ERROR. */
export function validationError(message: string, context?: Record<string, readonly string[]>): HubSpotHttpError {
  return new HubSpotHttpError(400, 'VALIDATION_ERROR', message, context);
}

/** 404 OBJECT_NOT_FOUND. */
export function notFound(message: string): HubSpotHttpError {
  return new HubSpotHttpError(404, 'OBJECT_NOT_FOUND', message);
}

/** 409 for a name that is taken; HubSpot files these under OBJECT_ALREADY_EXISTS. */
export function conflict(message: string): HubSpotHttpError {
  return new HubSpotHttpError(409, 'OBJECT_ALREADY_EXISTS', message);
}

/** HubSpot's answer to writes with bad property values: the item list is JSON inside the message. */
export function propertyValuesError(errors: readonly PropertyValueError[]): HubSpotHttpError {
  return validationError(`Property values were not valid: ${JSON.stringify(errors)}`);
}

/** Builds one property-value error item. */
export function propertyValueError(name: string, error: string, message: string): PropertyValueError {
  return { isValid: false, message, error, name, localizedErrorMessage: message };
}
