// Seals the channels' secrets (SMS account secret, robot webhooks and 加签 secrets) for the database: AES-256-GCM
// with the configured key, a fresh nonce each time, the tag checked on opening (a changed byte or another key
// throws instead of answering garbage). Format: v1.<nonce>.<tag>.<ciphertext>, base64url.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new RangeError('the channel secret key must be 32 bytes');
  }

  seal(plain: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, nonce, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
  }

  open(sealed: string): string {
    const [version, nonce, tag, data] = sealed.split('.');
    if (version !== VERSION || nonce === undefined || tag === undefined || data === undefined) throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(nonce, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }
}

/**
 * A webhook as shown: scheme, host and path kept, every query value (the access token) masked but for its last
 * four characters — https://oapi.dingtalk.com/robot/send?access_token=…3f9a.
 */
export function webhookHint(url: string): string {
  try {
    const u = new URL(url);
    const query = [...u.searchParams.entries()].map(([k, v]) => `${k}=…${v.slice(-4)}`).join('&');
    return `${u.protocol}//${u.host}${u.pathname}${query ? `?${query}` : ''}`;
  } catch {
    return `…${url.slice(-4)}`;
  }
}
