/**
 * Caches of what a run read from files the user names by path (their profiles, their template
 * folders). A process that runs the command line once never sees those files change; a process that
 * runs it many times (cli/main.ts called by a program or a test) forgets them before each run, so
 * every run reads the user's files afresh, as a new process would. Built-in data stays cached.
 */
const forgetters: (() => void)[] = [];

/**
 * A module's cache, to be emptied before each run of the command line.
 * @example const cache = new Map<string, Profile>(); forgetBeforeEachRun(() => cache.clear());
 */
export function forgetBeforeEachRun(forget: () => void): void {
  forgetters.push(forget);
}

/**
 * Empties every cache registered with `forgetBeforeEachRun` (a module not loaded yet has none).
 * @example forgetRunCaches(); // then run the command line
 */
export function forgetRunCaches(): void {
  for (const forget of forgetters) forget();
}
