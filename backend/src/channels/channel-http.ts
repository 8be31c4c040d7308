// The one HTTP sender of the channels' outbox: a provider builds the request, this sends it and hands back the
// status and text of the answer. A network failure or a timeout throws (the outbox counts a throw as TRANSIENT);
// the message says in a few Chinese words what happened, for the attempt log.
import type { ChannelRequest } from './channel-request.ts';

export interface ChannelResponse {
  status: number;
  body: string;
}

/** Answers longer than this are cut: the attempt log needs the provider's code, not a whole error page. */
const MAX_BODY_CHARS = 4_000;

export async function sendChannelRequest(req: ChannelRequest, timeoutMs = 10_000): Promise<ChannelResponse> {
  // fetch derives Host from the URL (the same value the providers sign), so the header is not passed twice.
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => name.toLowerCase() !== 'host'));
  let response: Response;
  try {
    response = await fetch(req.url, {
      method: req.method,
      headers,
      body: req.body,
      // A webhook that answers with a redirect is not followed: the post (and any token in it) stays where the
      // office pointed it.
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new Error(describeNetworkError(error, timeoutMs));
  }
  try {
    const body = await response.text();
    return { status: response.status, body: body.length > MAX_BODY_CHARS ? body.slice(0, MAX_BODY_CHARS) : body };
  } catch (error) {
    throw new Error(describeNetworkError(error, timeoutMs));
  }
}

/** '请求超时（10 秒）', '连接被拒绝（ECONNREFUSED）', '对方要求重定向，未跟随' … */
export function describeNetworkError(error: unknown, timeoutMs: number): string {
  // Duck-typed: fetch's errors may come from another realm (Jest's vm), where instanceof Error is false.
  const e = (typeof error === 'object' && error !== null ? error : {}) as { name?: string; message?: string; cause?: unknown };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `请求超时（${timeoutMs / 1000} 秒）`;
  const cause = (typeof e.cause === 'object' && e.cause !== null ? e.cause : {}) as { code?: string; message?: string };
  const code = cause.code ?? '';
  if (code === 'ECONNREFUSED') return '连接被拒绝（ECONNREFUSED）';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `域名无法解析（${code}）`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `连接中断（${code}）`;
  if (/redirect/i.test(cause.message ?? '')) return '对方要求重定向，未跟随';
  if (code) return `网络错误（${code}）`;
  return `网络错误（${cause.message ?? e.message ?? String(error)}）`;
}
