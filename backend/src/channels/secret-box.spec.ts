import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { SecretBox, webhookHint } from './secret-box.ts';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what it sealed; the sealed text does not contain the secret; each seal differs', () => {
    const secret = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
    const sealed = box.seal(secret);
    expect(sealed).not.toContain('693a91f6');
    expect(box.open(sealed)).toBe(secret);
    expect(box.seal(secret)).not.toBe(sealed);
  });

  it('refuses a tampered text, another key and garbage', () => {
    const sealed = box.seal('SEC000secret');
    const parts = sealed.split('.');
    const data = Buffer.from(parts[3], 'base64url');
    data[0] ^= 1;
    expect(() => box.open([...parts.slice(0, 3), data.toString('base64url')].join('.'))).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow();
    expect(() => box.open('plain text')).toThrow();
  });

  it('wants a 32-byte key', () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow(RangeError);
  });
});

describe('webhookHint', () => {
  it.each([
    ['https://oapi.dingtalk.com/robot/send?access_token=abcdef123456', 'https://oapi.dingtalk.com/robot/send?access_token=…3456'],
    ['https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a-5aaa', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…5aaa'],
    ['http://127.0.0.1:4001/robot', 'http://127.0.0.1:4001/robot'],
  ])('%s → %s', (url, hint) => {
    expect(webhookHint(url)).toBe(hint);
  });
});
