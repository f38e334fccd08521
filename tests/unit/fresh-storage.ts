import { beforeEach, vi } from 'vitest';

/**
 * Before each test: empty local and session storage, and a fresh list of what the code under test
 * logs with console.error (returned, the same array throughout), so a test can say it logged nothing.
 */
export function freshStorageAndErrors(): unknown[] {
  const errors: unknown[] = [];
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    errors.length = 0;
    vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
  });
  return errors;
}
