import zh from './zh';

/**
 * Looks a key up in the catalog, outside React and without polyglot (providers, the boot login
 * screen): `%{name}` placeholders are filled from `vars`; an unknown key comes back as is.
 */
export const t = (key: string, vars: Record<string, string | number> = {}): string => {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), zh);
  if (typeof value !== 'string') return key;
  return value.replace(/%\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
};
