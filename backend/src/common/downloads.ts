// Files the API answers with (.docx circulars, .xlsx tables): one way to name and send them.
import type { Response } from 'express';

/** A file a service produced, for a controller to send. */
export interface Download {
  fileName: string;
  content: Buffer;
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Sends `content` as an attachment (or `inline`, for the browser to show: a preview); the Chinese file name
 * travels as RFC 5987 UTF-8. nosniff: the browser keeps to the stated type, never guesses a renderable one.
 */
export function sendDownload(res: Response, fileName: string, mimeType: string, content: Buffer, disposition: 'attachment' | 'inline' = 'attachment'): void {
  res.setHeader('Content-Type', mimeType);
  res.setHeader('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
  res.send(content);
}
