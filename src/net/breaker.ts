/**
 * A circuit breaker: after `threshold` failed exchanges in a row the endpoint is taken to be down
 * and not asked again (a success in between starts the count over). The linker uses one so a dead
 * endpoint costs three lookups, not one per entity.
 */
export class CircuitBreaker {
  #failures = 0;

  constructor(readonly threshold: number) {}

  /** True once `threshold` exchanges in a row have failed. */
  get open(): boolean {
    return this.threshold > 0 && this.#failures >= this.threshold;
  }

  success(): void {
    this.#failures = 0;
  }

  failure(): void {
    this.#failures++;
  }
}
