/** Maps neo4j-driver failures to the domain's error codes. */
import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors.js';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function mapDriverError(error: unknown, tag: string): Error {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  const code = error.code ?? '';
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'The graph database is unavailable; try again shortly', { operation: tag });
  }
  if (code.includes('TransactionTimedOut') || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new AppError(ErrorCode.TIMEOUT, 'The query took longer than the configured time limit (QUERY_TIMEOUT_MS)', { operation: tag });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(ErrorCode.CONFLICT, 'The change conflicts with an existing node (an id is already taken)', { operation: tag });
  }
  if (isRetryableError(error)) {
    return new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'The graph database is busy; try again shortly', { operation: tag });
  }
  // Anything else is our bug (a Cypher error, say): keep the cause for the log, hide it from clients.
  const wrapped = new Error(`Neo4j error in ${tag}: ${code} ${error.message}`);
  (wrapped as Error & { cause?: unknown }).cause = error;
  return wrapped;
}
