import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.ts';

describe('loadConfig', () => {
  it('needs no configuration at all', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.adminPassword).toBeUndefined();
    expect(c.dataDir.endsWith('.data')).toBe(true);
    expect(c.noticeCron).toBe('0 0 9 * * *');
    expect(c.trustProxy).toBe(false);
  });

  it.each([
    ['false', false],
    ['true', 1],
    ['2', 2],
    ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
  ])('reads TRUST_PROXY=%s as %j', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ TRACKING_START: '2026-13' }, 'TRACKING_START'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_PASSWORD: '12345678901' }, 'ADMIN_PASSWORD'],
    [{ TRUST_PROXY: 'yes please' }, 'TRUST_PROXY'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ JWT_SECRET: 'too-short' }, 'JWT_SECRET'],
  ])('stops the start on %j, naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(name));
  });

  it('reads the values it is given and treats blank as unset', () => {
    const c = loadConfig({ PORT: '8080', TRACKING_START: '2026-01', DATABASE_URL: 'postgresql://u:p@h/db', SMTP_URL: '' });
    expect(c).toMatchObject({ port: 8080, trackingStart: '2026-01', databaseUrl: 'postgresql://u:p@h/db', smtpUrl: undefined });
  });
});

describe('CHANNEL_SECRET_KEY', () => {
  const hex = 'a1'.repeat(32);

  it('takes 32 bytes as hex or base64, and refuses anything else at boot', () => {
    expect(loadConfig({ CHANNEL_SECRET_KEY: hex }).channelSecretKey).toEqual(Buffer.from(hex, 'hex'));
    const b64 = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ CHANNEL_SECRET_KEY: b64 }).channelSecretKey).toEqual(Buffer.alloc(32, 7));
    for (const bad of ['short', 'a1'.repeat(31), Buffer.alloc(16).toString('base64')]) {
      expect(() => loadConfig({ CHANNEL_SECRET_KEY: bad })).toThrow(/CHANNEL_SECRET_KEY: must be 32 bytes/);
    }
  });

  it('unset: generates a key once into DATA_DIR/channel-secret.key (0600) and reuses it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'channel-key-'));
    try {
      const first = loadConfig({ DATA_DIR: dir }).channelSecretKey;
      const file = path.join(dir, 'channel-secret.key');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, 'utf8').trim()).toBe(first.toString('hex'));
      expect(loadConfig({ DATA_DIR: dir }).channelSecretKey).toEqual(first);
      expect(first).toHaveLength(32);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
