// Loopback stand-ins for the channels' providers (阿里云 and 腾讯云 SMS, 企业微信 and 钉钉 robots): each records
// what arrives, checks the signature with its own code (not the app's: a shared bug would pass unseen) and answers
// as the provider documents — its error on a bad signature, else the next scripted answer, else success.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ChannelServerName = 'aliyun' | 'tencent' | 'wecom' | 'dingtalk';

export interface ChannelServerSecrets {
  /** 阿里云 AccessKeySecret. */
  aliyun?: string;
  /** 腾讯云 SecretKey. */
  tencent?: string;
  /** 钉钉 加签 secret, one for every token or per access_token; a token without one takes unsigned posts. */
  dingtalk?: string | Record<string, string>;
  /** 钉钉 keyword mode per access_token: a post without the word is refused (310000). */
  dingtalkKeywords?: Record<string, string>;
}

export interface RecordedChannelRequest {
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: string;
  /** The JSON body, or the form's fields for 阿里云. */
  parsed: unknown;
  /** null where there is nothing to check (企业微信, an unsigned 钉钉 robot). */
  signatureValid: boolean | null;
  /** What the server answered. */
  status: number;
  answer: string;
}

/** A queued answer: `{ status: 500 }`, `{ status: 200, body }`, or 钉钉 / 企业微信's `{ errcode: 130101 }`. */
export type ScriptedAnswer = { status?: number; body?: string | object } | { errcode: number; errmsg?: string };

export interface ChannelServers {
  aliyunUrl: string;
  tencentUrl: string;
  wecomUrl(key: string): string;
  dingtalkUrl(token: string): string;
  requests: Record<ChannelServerName, RecordedChannelRequest[]>;
  script(server: ChannelServerName, answers: ScriptedAnswer[]): void;
  close(): Promise<void>;
}

type Verdict = { valid: boolean | null; rejection?: { status: number; body: object } };
type Verifier = (path: string, query: URLSearchParams, headers: IncomingHttpHeaders, body: string) => Verdict;

const OK: Record<ChannelServerName, (n: number) => object> = {
  aliyun: (n) => ({ Code: 'OK', Message: 'OK', BizId: `biz-${n}`, RequestId: `req-${n}` }),
  tencent: (n) => ({
    Response: { SendStatusSet: [{ SerialNo: `serial-${n}`, Code: 'Ok', Message: 'send success', Fee: 1 }], RequestId: `req-${n}` },
  }),
  wecom: () => ({ errcode: 0, errmsg: 'ok' }),
  dingtalk: () => ({ errcode: 0, errmsg: 'ok' }),
};

export async function startChannelServers(options: { secrets: ChannelServerSecrets }): Promise<ChannelServers> {
  const { secrets } = options;
  const requests: ChannelServers['requests'] = { aliyun: [], tencent: [], wecom: [], dingtalk: [] };
  const scripts: Record<ChannelServerName, ScriptedAnswer[]> = { aliyun: [], tencent: [], wecom: [], dingtalk: [] };
  const verifiers: Record<ChannelServerName, Verifier> = {
    aliyun: (_p, _q, _h, body) => verifyAliyun(body, secrets.aliyun),
    tencent: (_p, _q, headers, body) => verifyTencent(headers, body, secrets.tencent),
    wecom: () => ({ valid: null }),
    dingtalk: (_p, query, _h, body) => verifyDingtalk(query, body, secrets),
  };
  const servers = new Map<ChannelServerName, { server: Server; base: string }>();
  for (const name of Object.keys(requests) as ChannelServerName[]) {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const url = new URL(req.url ?? '/', 'http://loopback');
        const verdict = verifiers[name](url.pathname, url.searchParams, req.headers, body);
        let status = 200;
        let answer: string;
        if (verdict.rejection) {
          status = verdict.rejection.status;
          answer = JSON.stringify(verdict.rejection.body);
        } else {
          const next = scripts[name].shift();
          if (next && 'errcode' in next) answer = JSON.stringify({ errcode: next.errcode, errmsg: next.errmsg ?? 'scripted' });
          else if (next && (next.status !== undefined || next.body !== undefined)) {
            status = next.status ?? 200;
            answer = typeof next.body === 'string' ? next.body : JSON.stringify(next.body ?? {});
          } else answer = JSON.stringify(OK[name](requests[name].length + 1));
        }
        requests[name].push({
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers: req.headers,
          body,
          parsed: parse(name, body),
          signatureValid: verdict.valid,
          status,
          answer,
        });
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(answer);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    servers.set(name, { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  }
  const base = (name: ChannelServerName) => servers.get(name)!.base;
  return {
    aliyunUrl: `${base('aliyun')}/`,
    tencentUrl: `${base('tencent')}/`,
    wecomUrl: (key) => `${base('wecom')}/cgi-bin/webhook/send?key=${encodeURIComponent(key)}`,
    dingtalkUrl: (token) => `${base('dingtalk')}/robot/send?access_token=${encodeURIComponent(token)}`,
    requests,
    script: (name, answers) => void scripts[name].push(...answers),
    close: async () => {
      for (const { server } of servers.values()) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}

function parse(name: ChannelServerName, body: string): unknown {
  if (name === 'aliyun') return Object.fromEntries(new URLSearchParams(body));
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

const sameText = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** RFC 3986 byte by byte: unreserved characters stay, every other byte is %XX. */
function rfc3986(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function verifyAliyun(body: string, secret: string | undefined): Verdict {
  const form = new URLSearchParams(body);
  const pairs = [...form].filter(([k]) => k !== 'Signature').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = pairs.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&');
  const expected = createHmac('sha1', `${secret ?? ''}&`).update(`POST&%2F&${rfc3986(query)}`).digest('base64');
  const valid = secret !== undefined && sameText(expected, form.get('Signature') ?? '');
  if (valid) return { valid };
  const message = 'Specified signature is not matched with our calculation.';
  return { valid, rejection: { status: 400, body: { Code: 'SignatureDoesNotMatch', Message: message, RequestId: 'req-bad' } } };
}

function verifyTencent(headers: IncomingHttpHeaders, body: string, secret: string | undefined): Verdict {
  const auth = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
    String(headers.authorization ?? ''),
  );
  let valid = false;
  if (auth && secret !== undefined) {
    const [, , date, service, signedHeaders, signature] = auth;
    const timestamp = String(headers['x-tc-timestamp'] ?? '');
    const dayOfTimestamp = new Date(Number(timestamp) * 1000).toISOString().slice(0, 10);
    const names = signedHeaders!.split(';');
    const canonicalHeaders = names.map((n) => `${n}:${String(headers[n] ?? '').trim().toLowerCase()}\n`).join('');
    const hex = (s: string) => createHash('sha256').update(s).digest('hex');
    const request = ['POST', '/', '', canonicalHeaders, signedHeaders, hex(body)].join('\n');
    const toSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/${service}/tc3_request\n${hex(request)}`;
    let key: Buffer = Buffer.from(`TC3${secret}`);
    for (const part of [date!, service!, 'tc3_request']) key = createHmac('sha256', key).update(part).digest();
    const expected = createHmac('sha256', key).update(toSign).digest('hex');
    valid = dayOfTimestamp === date && names.includes('host') && names.includes('content-type') && sameText(expected, signature!);
  }
  if (valid) return { valid };
  const error = { Code: 'AuthFailure.SignatureFailure', Message: 'The provided credentials could not be validated.' };
  return { valid, rejection: { status: 200, body: { Response: { Error: error, RequestId: 'req-bad' } } } };
}

function verifyDingtalk(query: URLSearchParams, body: string, secrets: ChannelServerSecrets): Verdict {
  const token = query.get('access_token') ?? '';
  const secret = typeof secrets.dingtalk === 'string' ? secrets.dingtalk : secrets.dingtalk?.[token];
  const keyword = secrets.dingtalkKeywords?.[token];
  if (keyword && !body.includes(JSON.stringify(keyword).slice(1, -1))) {
    return { valid: null, rejection: { status: 200, body: { errcode: 310000, errmsg: 'keywords not in content' } } };
  }
  if (secret === undefined) return { valid: null };
  const timestamp = query.get('timestamp') ?? '';
  const expected = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  const valid = /^\d+$/.test(timestamp) && sameText(expected, query.get('sign') ?? '');
  if (valid) return { valid };
  return { valid, rejection: { status: 200, body: { errcode: 310000, errmsg: 'sign not match' } } };
}
