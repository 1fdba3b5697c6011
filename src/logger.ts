/** Structured JSON logs (pino). Credentials in headers and config never reach a log line. */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'kg'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['req.headers.authorization', 'headers.authorization', 'authorization', 'password', '*.password', 'token', '*.token'],
      censor: '[redacted]',
    },
  });
}
