// Fitting a robot post into its byte limit (企业微信 2048 / 4096, 钉钉 20000 bytes of UTF-8) and reading the
// robots' common `{ errcode, errmsg }` answer. Cuts fall on a character boundary, end in '…' and keep the post's
// link line (the last line with a URL) when it fits, since the link is what the group needs most.
import type { ChannelOutcome } from '../channel-request.ts';

const ELLIPSIS = '…';
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** The longest prefix of `text` (whole code points) that is at most `maxBytes` of UTF-8. */
export function utf8Prefix(text: string, maxBytes: number): string {
  let used = 0;
  let out = '';
  for (const ch of text) {
    const size = bytes(ch);
    if (used + size > maxBytes) break;
    used += size;
    out += ch;
  }
  return out;
}

/** `text` itself when it fits in `maxBytes`, else cut with '…', the link line kept when possible. */
export function fitUtf8(text: string, maxBytes: number): string {
  if (bytes(text) <= maxBytes) return text;
  const lines = text.split('\n');
  const linkAt = lines.findLastIndex((line) => /https?:\/\//.test(line));
  if (linkAt > 0) {
    const tail = `${ELLIPSIS}\n${lines.slice(linkAt).join('\n')}`;
    const room = maxBytes - bytes(tail);
    if (room > 0) return utf8Prefix(lines.slice(0, linkAt).join('\n'), room).trimEnd() + tail;
  }
  return utf8Prefix(text, maxBytes - bytes(ELLIPSIS)) + ELLIPSIS;
}

export type RobotFailure = Exclude<ChannelOutcome, { ok: true }>['failure'];

/** A platform's known errcode: what becomes of the message, and what it means in words the office can act on. */
export type RobotAnswerCode = readonly [failure: RobotFailure, meaning: string];

/**
 * Reads `{ errcode, errmsg }`: errcode 0 is delivered; a known errcode fails as `codes` says, an unknown one is
 * TRANSIENT (retried with back-off rather than lost). HTTP 5xx is TRANSIENT; a 4xx without a readable answer (a
 * webhook that does not exist) is PERMANENT. The attempt's log line says it in Chinese, with the platform's own
 * code and message in brackets for whoever takes it up with the platform.
 */
export function readRobotAnswer(status: number, body: string, codes: Readonly<Record<number, RobotAnswerCode>>): ChannelOutcome {
  if (status >= 500) return { ok: false, failure: 'TRANSIENT', error: `HTTP ${status}` };
  type Answer = { errcode?: unknown; errmsg?: unknown } | null;
  let answer: Answer;
  try {
    answer = JSON.parse(body) as Answer;
  } catch {
    answer = null;
  }
  if (!answer || typeof answer.errcode !== 'number') {
    const failure = status >= 400 ? 'PERMANENT' : 'TRANSIENT';
    return { ok: false, failure, error: `HTTP ${status}：应答无法识别` };
  }
  const said = typeof answer.errmsg === 'string' && answer.errmsg.trim() ? `，${answer.errmsg.trim()}` : '';
  const detail = `（errcode ${answer.errcode}${said}）`;
  if (answer.errcode === 0 && status < 400) return { ok: true, response: `已接收${detail}` };
  const [failure, meaning] = codes[answer.errcode] ?? ['TRANSIENT', '未知应答，稍后重试'];
  return { ok: false, failure, error: `${meaning}${detail}` };
}
