import { SeamError } from '@seam/core';

const SERVICE_NAME = /^[a-z][a-z0-9_-]{0,62}$/u;

/** An edit the plan refuses (SEAM_EDIT_INVALID). */
export function editError(message: string, hint?: string): SeamError {
  return new SeamError('SEAM_EDIT_INVALID', message, hint ? { hint } : {});
}

export function checkServiceName(name: string): void {
  if (typeof name !== 'string' || !SERVICE_NAME.test(name))
    throw editError(
      `"${String(name)}" is not a service name.`,
      'Service names are lower case letters, digits, - and _, starting with a letter (at most 63).',
    );
}
