/**
 * The one error type for unusable dataset input (malformed, truncated, wrong kind of
 * file, failed download). The message is a single sentence: `<subject>: <problem>`,
 * where the subject is the file name, URL or folder concerned.
 */
export class DataError extends Error {
  /** The file name, URL or folder the problem is about. */
  readonly subject: string;
  /** The problem, without the subject. */
  readonly problem: string;

  /** Builds the message `<subject>: <problem>`. */
  constructor(subject: string, problem: string) {
    super(`${subject}: ${problem}`);
    this.name = 'DataError';
    this.subject = subject;
    this.problem = problem;
  }
}
