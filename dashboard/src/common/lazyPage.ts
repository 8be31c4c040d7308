import { lazy, type ComponentType } from 'react';

/**
 * A page of a lazily loaded module: every page of one resource comes from the same module,
 * so a resource costs one chunk, fetched the first time one of its pages opens.
 * Kept free of react-admin imports: this file is part of the eager bundle.
 */
export const lazyPage = <M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) =>
  lazy(async () => ({ default: (await load())[name] as ComponentType }));
