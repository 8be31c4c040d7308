/**
 * The API's URLs, kept free of react-admin imports: this file is part of the eager bundle.
 */

/** The API lives on the same origin as the dashboard (Vite proxies it in development). */
export const API_URL = '/api';

export type Params = Record<string, string | number | undefined | null>;

/** The URL of a named endpoint; empty parameters are left out. */
export const apiUrl = (path: string, params: Params = {}): string => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  const text = query.toString();
  return `${API_URL}${path}${text ? `?${text}` : ''}`;
};

/** The API's `range=[start,end]` of a page of rows. */
export const pageRange = (page: number, size: number): string => `[${page * size},${page * size + size - 1}]`;
