// The one source of "now" in the backend. Services, jobs and schedulers ask the injected Clock, never the
// wall clock, so the tests can pin the day and the suite passes whatever the machine's date.
import { Global, Module } from '@nestjs/common';

export abstract class Clock {
  abstract now(): Date;
  /** Milliseconds since the epoch, as `Date.now()` would give them on this clock. */
  nowMs(): number {
    return this.now().getTime();
  }
}

/** The machine's clock: production. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * A clock that starts at a chosen instant and then runs at real speed (so successive events still get
 * increasing times); `set` and `advance` move it. Tests and demos use it; `CLOCK_START` selects it.
 */
export class PinnedClock extends Clock {
  private origin: number;
  private startedAt: number;

  constructor(start: Date | string) {
    super();
    this.origin = new Date(start).getTime();
    this.startedAt = performance.now();
  }

  now(): Date {
    return new Date(this.origin + (performance.now() - this.startedAt));
  }

  set(instant: Date | string): void {
    this.origin = new Date(instant).getTime();
    this.startedAt = performance.now();
  }

  advance(ms: number): void {
    this.origin += ms;
  }
}

@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: Clock) {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
