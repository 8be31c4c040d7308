import { Global, Injectable, Module } from '@nestjs/common';

/** What changed; absent fields mean "all". */
export interface RegistryChange {
  unitIds?: number[];
  streamIds?: number[];
}

type Listener = (change: RegistryChange) => Promise<unknown>;

/**
 * "The registry changed" (a stream's due rule, an assignment): lets the obligations feature regenerate
 * at once without the streams and assignments features depending on it.
 */
@Injectable()
export class RegistryEvents {
  private readonly listeners: Listener[] = [];

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  async changed(change: RegistryChange = {}): Promise<void> {
    for (const listener of this.listeners) await listener(change);
  }
}

@Global()
@Module({ providers: [RegistryEvents], exports: [RegistryEvents] })
export class RegistryEventsModule {}
