// The one place that reads process.env: parsed and validated once at boot into a typed object.
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PASSWORD_MIN, passwordProblem } from '../identity/password-policy.ts';

const periodKey = /^\d{4}-(0[1-9]|1[0-2])$/;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  ADMIN_PASSWORD: z
    .string()
    .refine((v) => passwordProblem(v, 'admin') === null, {
      message: `must follow the password policy (at least ${PASSWORD_MIN} characters, two character classes, not a common password)`,
    })
    .optional(),
  TRACKING_START: z.string().regex(periodKey, 'must be a month like 2026-01').optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TOKEN_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  NOTICE_CRON: z.string().min(1).default('0 0 9 * * *'),
  DASHBOARD_DIR: z.string().optional(),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
  CLOCK_START: z.iso.datetime({ offset: true }).optional(),
  UNATTACHED_QUOTA_MB: z.coerce.number().int().min(1).max(100_000).default(200),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d{1,2}|(loopback|linklocal|uniquelocal|[0-9A-Fa-f.:/]+)(,\s*(loopback|linklocal|uniquelocal|[0-9A-Fa-f.:/]+))*)$/,
      'must be false, true, a number of proxies, or a comma-separated list of proxy addresses',
    )
    .optional(),
  SOFFICE_PATH: z.string().min(1).default('soffice'),
  PDF_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(600).default(120),
  CHANNEL_SECRET_KEY: z
    .string()
    .refine((v) => parseKey(v) !== null, { message: 'must be 32 bytes, as 64 hex characters or base64' })
    .optional(),
});

/** A 32-byte key written as 64 hex characters or as base64; null when it is neither. */
function parseKey(text: string): Buffer | null {
  const v = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(v)) return Buffer.from(v, 'hex');
  if (/^[A-Za-z0-9+/]{43}=?$/.test(v)) {
    const key = Buffer.from(v, 'base64');
    return key.length === 32 ? key : null;
  }
  return null;
}

/**
 * The key sealing the channels' secrets (SMS account, robot webhooks): CHANNEL_SECRET_KEY, else a key generated
 * once into DATA_DIR/channel-secret.key (mode 0600) and reused. Several instances must share CHANNEL_SECRET_KEY.
 */
function channelSecretKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured) return parseKey(configured)!;
  const file = path.join(dataDir, 'channel-secret.key');
  if (existsSync(file)) {
    const key = parseKey(readFileSync(file, 'utf8'));
    if (!key) throw new ConfigError(`Invalid configuration:\n  ${file}: must hold a 32-byte key as 64 hex characters`);
    return key;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  try {
    writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process of this data directory wrote it first: use that one.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return channelSecretKey(undefined, dataDir);
    throw error;
  }
  chmodSync(file, 0o600);
  return key;
}

/** Express's `trust proxy`: off unless asked; `true` means one proxy in front (its X-Forwarded-For entry counts). */
function trustProxy(value: string | undefined): false | number | string {
  if (value === undefined || value === 'false' || value === '0') return false;
  if (value === 'true') return 1;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export interface AppConfig {
  port: number;
  dataDir: string;
  /** Unset: an embedded PostgreSQL is started under dataDir. */
  databaseUrl?: string;
  adminPassword?: string;
  /** First tracked month, e.g. '2026-01'; unset: the current month at seeding time. */
  trackingStart?: string;
  smtpUrl?: string;
  /** Unset: a secret is generated once and kept in the database, shared by all instances. */
  jwtSecret?: string;
  tokenTtlHours: number;
  noticeCron: string;
  dashboardDir: string;
  publicUrl: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** Unset: the machine's clock. Set (ISO instant): the app's clock starts there and runs on (tests, demos). */
  clockStart?: string;
  /** What one unit may hold uploaded but not yet attached to a filing (bytes); older than a day is swept. */
  unattachedQuotaBytes: number;
  /**
   * Whether X-Forwarded-For decides the client's address (sign-in limits, logs): false (default) takes the
   * connection's address; a number of proxies in front, or the proxies' addresses, trusts what they add.
   */
  trustProxy: false | number | string;
  /** Background jobs (obligation generation, notices) run on schedule; tests turn them off. */
  schedulerEnabled: boolean;
  /** PDF rendering by LibreOffice (documents/pdf-converter.ts). */
  pdf: PdfConfig;
  /** AES-256 key sealing the channels' secrets (CHANNEL_SECRET_KEY, else DATA_DIR/channel-secret.key). */
  channelSecretKey: Buffer;
}

export interface PdfConfig {
  /** The `soffice` executable found (SOFFICE_PATH, a path or a name looked up on PATH); null: not installed. */
  soffice: string | null;
  timeoutMs: number;
  /** Environment of the conversion: the machine's, with FONTCONFIG_FILE pointing at backend/fonts/fonts.conf. */
  env: Record<string, string>;
}

export class ConfigError extends Error {}

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const parsed = envSchema.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const port = overrides.port ?? e.PORT;
  const dataDir = overrides.dataDir ?? path.resolve(repoRoot, e.DATA_DIR);
  return {
    port,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    adminPassword: e.ADMIN_PASSWORD,
    trackingStart: e.TRACKING_START,
    smtpUrl: e.SMTP_URL,
    jwtSecret: e.JWT_SECRET,
    tokenTtlHours: e.TOKEN_TTL_HOURS,
    noticeCron: e.NOTICE_CRON,
    dashboardDir: e.DASHBOARD_DIR ? path.resolve(e.DASHBOARD_DIR) : path.join(repoRoot, 'dashboard', 'dist'),
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${port}`,
    logLevel: e.LOG_LEVEL,
    clockStart: e.CLOCK_START,
    unattachedQuotaBytes: e.UNATTACHED_QUOTA_MB * 1024 * 1024,
    trustProxy: trustProxy(e.TRUST_PROXY),
    schedulerEnabled: true,
    pdf: pdfConfig(e.SOFFICE_PATH, e.PDF_TIMEOUT_SECONDS, env),
    ...overrides,
    channelSecretKey: overrides.channelSecretKey ?? channelSecretKey(e.CHANNEL_SECRET_KEY, dataDir),
  };
}

/** Finds `soffice` (a path, or a name on PATH) once at boot. */
function pdfConfig(soffice: string, timeoutSeconds: number, env: NodeJS.ProcessEnv): PdfConfig {
  const executable = (file: string) => {
    try {
      accessSync(file, constants.X_OK);
      return statSync(file).isFile();
    } catch {
      return false;
    }
  };
  const dirs = (env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(path.delimiter).filter(Boolean);
  const found = soffice.includes('/') ? (executable(soffice) ? soffice : null) : (dirs.map((d) => path.join(d, soffice)).find(executable) ?? null);
  const inherited = Object.fromEntries(Object.entries(env).filter((kv): kv is [string, string] => kv[1] !== undefined));
  return {
    soffice: found,
    timeoutMs: timeoutSeconds * 1000,
    env: { PATH: dirs.join(path.delimiter), ...inherited, FONTCONFIG_FILE: path.join(repoRoot, 'backend', 'fonts', 'fonts.conf') },
  };
}

function blankToUndefined(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
}

/** Injection token for the typed configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
