import type { z } from 'zod';
import { formatPath, type ConfigProblem } from './config-problem';

type Issue = z.core.$ZodIssue;

function describe(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'string') return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input);
  return String(input);
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function bound(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, small: boolean): ConfigProblem {
  const path = formatPath(issue.path);
  const got = describe(issue.input);
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.origin === 'number') {
    if (small && limit === 0 && !issue.inclusive) return { path, message: `expected a positive number, got ${got}`, fix: 'Use a number above 0.' };
    const relation = small ? (issue.inclusive ? 'at least' : 'above') : issue.inclusive ? 'at most' : 'below';
    return { path, message: `expected a number ${relation} ${limit}, got ${got}`, fix: `Use a number ${relation} ${limit}.` };
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return small
      ? { path, message: `needs at least ${limit} item${limit === 1 ? '' : 's'}`, fix: 'Add the missing entries.' }
      : { path, message: `has more than ${limit} items`, fix: `Keep at most ${limit}.` };
  }
  if (issue.origin === 'string') {
    return small
      ? { path, message: limit <= 1 ? 'must not be empty' : `must be at least ${limit} characters, got ${got}`, fix: 'Fill it in.' }
      : { path, message: `must be at most ${limit} characters`, fix: 'Shorten it.' };
  }
  return { path, message: issue.message, fix: 'Correct the value.' };
}

/** The branch of a failed union that came closest: fewest problems, and not one that rejected the keys outright. */
function closestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] {
  const score = (issues: readonly Issue[]) => issues.length + (issues.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0) ? 100 : 0) + (issues.some((i) => i.code === 'invalid_type' && i.path.length === 0) ? 1000 : 0);
  return [...branches].sort((a, b) => score(a) - score(b))[0] ?? [];
}

function formatIssue(issue: Issue, prefix: readonly PropertyKey[]): ConfigProblem[] {
  const fullPath = [...prefix, ...issue.path];
  const path = formatPath(fullPath);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [{ path, message: 'is required', fix: `Add it (${article(issue.expected)}).` }];
      return [{ path, message: `expected ${article(issue.expected)}, got ${describe(issue.input)}`, fix: `Write ${article(issue.expected)}.` }];
    case 'too_small':
      return [bound({ ...issue, path: fullPath }, true)];
    case 'too_big':
      return [bound({ ...issue, path: fullPath }, false)];
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return [{ path, message: `expected ${issue.values.length === 1 ? options : `one of ${options}`}, got ${describe(issue.input)}`, fix: `Use ${issue.values.length === 1 ? options : `one of ${options}`}.` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: formatPath([...fullPath, key]), message: 'is not a known setting', fix: 'Remove it or fix its spelling (keys are case-sensitive); unknown keys are never ignored.' }));
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        const discriminator = 'discriminator' in issue ? String((issue as { discriminator?: unknown }).discriminator) : 'type';
        return [{ path, message: `has no valid "${discriminator}"`, fix: `Set "${discriminator}" to one of the documented values.` }];
      }
      const branch = closestBranch(issue.errors);
      return branch.flatMap((inner) => formatIssue(inner, fullPath));
    }
    case 'invalid_format':
      return [{ path, message: `${issue.message}, got ${describe(issue.input)}`, fix: 'Correct the format.' }];
    case 'invalid_key':
    case 'invalid_element':
      return issue.issues.flatMap((inner) => formatIssue(inner, fullPath));
    default:
      return [{ path, message: issue.message, fix: 'Correct the value.' }];
  }
}

export function formatZodIssues(issues: readonly Issue[]): ConfigProblem[] {
  return issues.flatMap((issue) => formatIssue(issue, []));
}
