// Which files a unit may attach: the office's working formats only, recognised by extension AND content,
// and never anything executable. Served back as downloads; only PDF and images may be shown by the browser (预览).

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Uploads never attached to a filing are swept after a day (their quota per unit is configuration). */
export const UNATTACHED_TTL_MS = 24 * 3_600_000;
/** Uploads of one user at once: each holds its file in memory until it is stored. */
export const UPLOADS_IN_FLIGHT_PER_USER = 3;

type Signature = 'zip' | 'ole' | 'pdf' | 'png' | 'jpeg' | 'text';

const TYPES: Record<string, { mime: string; signature: Signature }> = {
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', signature: 'zip' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', signature: 'zip' },
  ofd: { mime: 'application/ofd', signature: 'zip' },
  zip: { mime: 'application/zip', signature: 'zip' },
  xls: { mime: 'application/vnd.ms-excel', signature: 'ole' },
  doc: { mime: 'application/msword', signature: 'ole' },
  et: { mime: 'application/vnd.ms-excel', signature: 'ole' },
  wps: { mime: 'application/msword', signature: 'ole' },
  pdf: { mime: 'application/pdf', signature: 'pdf' },
  png: { mime: 'image/png', signature: 'png' },
  jpg: { mime: 'image/jpeg', signature: 'jpeg' },
  jpeg: { mime: 'image/jpeg', signature: 'jpeg' },
  csv: { mime: 'text/csv', signature: 'text' },
  txt: { mime: 'text/plain', signature: 'text' },
};

export const ALLOWED_EXTENSIONS = Object.keys(TYPES);

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

function matches(buf: Buffer, signature: Signature): boolean {
  switch (signature) {
    case 'zip':
      return startsWith(buf, [0x50, 0x4b, 0x03, 0x04]);
    case 'ole':
      return startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    case 'pdf':
      return startsWith(buf, [0x25, 0x50, 0x44, 0x46]);
    case 'png':
      return startsWith(buf, [0x89, 0x50, 0x4e, 0x47]);
    case 'jpeg':
      return startsWith(buf, [0xff, 0xd8, 0xff]);
    case 'text':
      // Text: no NUL bytes, and not a script (a shebang line).
      return !buf.subarray(0, 8192).includes(0) && !startsWith(buf, [0x23, 0x21]);
  }
}

/** The stored MIME type of an accepted file, or a Chinese reason for refusing it. */
export function checkAttachment(fileName: string, content: Buffer): { mime: string } | { error: string } {
  if (/[\u0000-\u001f\u007f]/.test(fileName)) return { error: '文件名不能包含控制字符' };
  const ext = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : '';
  const type = TYPES[ext];
  if (!type) return { error: `不支持的附件类型，仅限：${ALLOWED_EXTENSIONS.join('、')}` };
  if (content.length === 0) return { error: '附件为空' };
  if (content.length > MAX_ATTACHMENT_BYTES) return { error: '附件不能超过 20 MB' };
  if (!matches(content, type.signature)) return { error: `附件内容与扩展名 .${ext} 不符` };
  return { mime: type.mime };
}

/** The stored types the browser may show inline (预览): PDF and images, whose content was checked on upload. */
const PREVIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

export const isPreviewable = (mimeType: string): boolean => PREVIEWABLE.has(mimeType);
