/**
 * Bounds the GraphQL requests in flight: up to `maxConcurrent` run at once, up to `maxQueued`
 * more wait their turn (first come, first served) for at most `maxWaitMs`; anything beyond gets
 * 503 OVERLOADED with Retry-After at once. When Neo4j hangs, requests then pile up to a known
 * bound instead of taking the process's memory, and clients learn at once to come back later.
 */
import type { NextFunction, Request, Response } from 'express';

export interface AdmissionOptions {
  maxConcurrent: number;
  maxQueued: number;
  maxWaitMs: number;
}

export interface Refusal {
  reason: 'queue-full' | 'waited-too-long';
  retryAfterSeconds: number;
}

export class Admission {
  private running = 0;
  private readonly queue: { admit: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(private readonly options: AdmissionOptions) {}

  get inFlight(): number {
    return this.running;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** Resolves with a release function once the request may run, or with a refusal. */
  enter(): Promise<{ release: () => void } | Refusal> {
    if (this.running < this.options.maxConcurrent) return Promise.resolve(this.admit());
    if (this.queue.length >= this.options.maxQueued) return Promise.resolve({ reason: 'queue-full', retryAfterSeconds: 1 });
    return new Promise((resolve) => {
      const entry = {
        admit: () => resolve(this.admit()),
        timer: setTimeout(() => {
          this.queue.splice(this.queue.indexOf(entry), 1);
          resolve({ reason: 'waited-too-long', retryAfterSeconds: Math.max(1, Math.ceil(this.options.maxWaitMs / 1000)) });
        }, this.options.maxWaitMs),
      };
      this.queue.push(entry);
    });
  }

  private admit(): { release: () => void } {
    this.running += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.running -= 1;
        const next = this.queue.shift();
        if (next) {
          clearTimeout(next.timer);
          next.admit();
        }
      },
    };
  }

  /**
   * Express middleware: admits the request or answers 503 through `refuse`; the slot is freed
   * when the response is finished or the client goes away. `res.locals.arrivedAt` records when
   * the request arrived, so time spent waiting counts against its deadline.
   */
  middleware(refuse: (res: Response, refusal: Refusal) => void) {
    return async (_req: Request, res: Response, next: NextFunction) => {
      res.locals.arrivedAt ??= Date.now();
      const outcome = await this.enter();
      if ('reason' in outcome) {
        refuse(res, outcome);
        return;
      }
      if (res.destroyed) {
        outcome.release(); // the client left while it waited
        return;
      }
      res.once('finish', outcome.release);
      res.once('close', outcome.release);
      next();
    };
  }
}
