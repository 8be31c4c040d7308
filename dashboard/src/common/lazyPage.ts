import { createElement, lazy, useState, type ComponentType } from 'react';

/** A module loader that loads once and remembers the module once it is there (see `preloadable`). */
export interface ModuleLoader<M> {
  (): Promise<M>;
  loaded?: M;
}

/**
 * A loader that can be started ahead of time (dashboard/preload.ts starts the home's while react-admin loads):
 * a lazy page whose module is already there renders at once, instead of suspending first. Each level of
 * suspension costs a render pass, and React holds back revealing a boundary's content up to 300 ms.
 */
export const preloadable = <M>(load: () => Promise<M>): ModuleLoader<M> => {
  let promise: Promise<M> | undefined;
  const loader: ModuleLoader<M> = () =>
    (promise ??= load().then((module) => {
      loader.loaded = module;
      return module;
    }));
  return loader;
};

/**
 * A page (or a component) of a lazily loaded module: every page of one resource comes from the same module,
 * so a resource costs one chunk, fetched the first time one of its pages opens. Each mount decides once
 * whether the module is already loaded, so a component never changes type (and state) under React.
 * Kept free of react-admin imports: this file is part of the eager bundle.
 */
export const lazyPage = <M, K extends keyof M & string>(load: (() => Promise<M>) | ModuleLoader<M>, name: K): M[K] => {
  const Lazy = lazy(async () => ({ default: (await load())[name] as ComponentType<object> }));
  const Page = (props: object) => {
    const [Component] = useState<ComponentType<object>>(() => ((load as ModuleLoader<M>).loaded?.[name] as ComponentType<object> | undefined) ?? Lazy);
    return createElement(Component, props);
  };
  return Page as M[K];
};
