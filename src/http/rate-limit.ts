/**
 * A per-client rate limit: a token bucket per caller (the token's subject, else the address),
 * refilled continuously. Kept in this process: with N replicas behind a balancer a client gets at
 * most N times the limit, which is the usual trade for not needing a shared store.
 */
export interface RateDecision {
  allowed: boolean;
  /** Seconds until one more request is allowed. */
  retryAfter: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly perMinute: number,
    private readonly burst = Math.max(1, Math.ceil(perMinute / 6)),
    private readonly now: () => number = Date.now,
  ) {}

  take(client: string): RateDecision {
    const now = this.now();
    const rate = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 100_000) this.prune(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfter: 0 };
    }
    return { allowed: false, retryAfter: Math.ceil((1 - bucket.tokens) / rate / 1000) };
  }

  /** Forgets clients whose buckets have refilled (they would start full anyway). */
  private prune(now: number): void {
    const full = this.burst / (this.perMinute / 60_000);
    for (const [key, b] of this.buckets) if (now - b.at > full) this.buckets.delete(key);
  }
}
