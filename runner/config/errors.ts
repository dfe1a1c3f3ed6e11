// Configuration errors name the field and what is wrong with it, never the value: a value may be a
// password, a token or a connection string (issue 13 §1 "never logged"). zod 4's own messages quote
// types, ranges and allowed options but not the input, and the schemas' custom messages are ours.
import type { z } from 'zod';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(the whole configuration)';
}

/** One line per problem, each starting with the field's dotted path under `prefix`. */
export function issuesError(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): ConfigError {
  const lines = issues.map((issue) => `${fieldPath([...prefix, ...issue.path])}: ${issue.message}`);
  return new ConfigError(`The runner's configuration is invalid:\n  ${lines.join('\n  ')}`);
}
