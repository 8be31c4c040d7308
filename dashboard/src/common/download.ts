import { HttpError } from 'react-admin';
import { API_URL, localizeError } from '../providers/http';
import { getToken } from '../providers/session';

/** The file name the server gives (RFC 5987 `filename*=UTF-8''…`), or the fallback. */
const fileNameOf = (disposition: string | null, fallback: string): string => {
  const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  return match ? decodeURIComponent(match[1]!) : fallback;
};

/**
 * Downloads a file the API generates (.docx circulars, .xlsx tables). The request needs the bearer
 * token, so a plain link cannot do it; errors come back as HttpError with the server's Chinese message.
 */
export const downloadFile = async (path: string, params: Record<string, string> = {}, fallbackName = 'download'): Promise<void> => {
  const query = new URLSearchParams(params).toString();
  const token = getToken();
  let response: Response;
  try {
    response = await fetch(`${API_URL}${path}${query ? `?${query}` : ''}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch (error) {
    throw localizeError(error);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw localizeError(new HttpError(body?.message ?? response.statusText, response.status, body));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
