import { notFound, validationError } from './hubspot-errors';
import { enrollmentSchema, parseBody } from './request-schemas';
import type { RouteHandler } from './route-handler';

function requireUserId(query: URLSearchParams): string {
  const userId = query.get('userId');
  if (!userId) throw validationError('The userId query parameter is required.', { userId: [] });
  return userId;
}

/**
 * GET /automation/sequences/2026-09?userId=…: the portal's sequences
 * (`CollectionResponseWithTotalPublicSequenceLiteResponse`), optionally by `name`, paged by `limit`/`after`.
 */
export const listSequences: RouteHandler = ({ portal, query }) => {
  const userId = requireUserId(query);
  const limit = query.has('limit') ? Number(query.get('limit')) : 100;
  if (!Number.isInteger(limit) || limit < 1) throw validationError('limit must be a positive integer.', { limit: [query.get('limit') ?? ''] });
  const offset = Number(query.get('after') ?? '0');
  if (!Number.isInteger(offset) || offset < 0) throw validationError(`Invalid after cursor: ${query.get('after') ?? ''}`);
  const name = query.get('name')?.toLowerCase();
  const matching = portal.listSequences().filter((sequence) => name === undefined || sequence.name.toLowerCase().includes(name));
  const results = matching.slice(offset, offset + limit).map((sequence) => {
    const at = new Date(sequence.createdAt).toISOString();
    return { id: sequence.id, name: sequence.name, userId, createdAt: at, updatedAt: at };
  });
  const next = offset + limit < matching.length ? { paging: { next: { after: String(offset + limit) } } } : {};
  return { status: 200, body: { total: matching.length, results, ...next } };
};

/**
 * POST /automation/sequences/2026-09/enrollments?userId=…: enrolls a contact (`PublicSequenceEnrollmentLiteResponse`).
 * Unknown sequence or contact: 404. A contact without an email, or already enrolled in a sequence: 400,
 * as HubSpot allows one active sequence per contact.
 */
export const enrollInSequence: RouteHandler = ({ portal, query, body, now }) => {
  const userId = requireUserId(query);
  const input = parseBody(enrollmentSchema, body, 'PublicSequenceEnrollmentRequest');
  if (!portal.getSequence(input.sequenceId)) throw notFound(`Sequence ${input.sequenceId} does not exist.`);
  const contact = portal.getObject('contacts', input.contactId);
  if (!contact) throw notFound(`CONTACT ${input.contactId} does not exist or has been deleted.`);
  const toEmail = contact.properties['email'];
  if (!toEmail) throw validationError(`Contact ${input.contactId} has no email address and cannot be enrolled in a sequence.`, { contactId: [input.contactId] });
  const active = portal.enrollments.find((enrollment) => enrollment.contactId === input.contactId);
  if (active) throw validationError(`Contact ${input.contactId} is already enrolled in sequence ${active.sequenceId}.`, { contactId: [input.contactId] });
  const id = `${portal.enrollments.length + 1}`;
  portal.recordEnrollment({ id, sequenceId: input.sequenceId, contactId: input.contactId, senderEmail: input.senderEmail, ...(input.senderAliasAddress === undefined ? {} : { senderAliasAddress: input.senderAliasAddress }), userId, toEmail, enrolledAt: now });
  const at = new Date(now).toISOString();
  return { status: 200, body: { id, toEmail, enrolledAt: at, updatedAt: at } };
};

/**
 * GET /automation/sequences/2026-09/enrollments/contact/{contactId}: the contact's sequence enrollment
 * (`PublicSequenceEnrollmentResponse`), or 404 when it is in none.
 */
export const contactEnrollment: RouteHandler = ({ portal, params }) => {
  const contactId = params['contactId'] ?? '';
  const enrollment = portal.enrollments.findLast((e) => e.contactId === contactId);
  if (!enrollment) throw notFound(`Contact ${contactId} is not enrolled in a sequence.`);
  const at = new Date(enrollment.enrolledAt).toISOString();
  const sequenceName = portal.getSequence(enrollment.sequenceId)?.name ?? '';
  return { status: 200, body: { id: enrollment.id, sequenceId: enrollment.sequenceId, sequenceName, toEmail: enrollment.toEmail, enrolledBy: enrollment.userId, enrolledByEmail: enrollment.senderEmail, enrolledAt: at, updatedAt: at } };
};
