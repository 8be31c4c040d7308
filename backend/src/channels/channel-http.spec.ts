import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sendChannelRequest } from './channel-http.ts';

describe('sendChannelRequest', () => {
  let server: Server;
  let base = '';
  const seen: { headers: Record<string, unknown>; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        if (req.url === '/slow') return void setTimeout(() => res.end('late'), 500);
        if (req.url === '/moved') return void res.writeHead(302, { Location: 'http://127.0.0.2:1/elsewhere' }).end();
        res.writeHead(req.url === '/fail' ? 503 : 200, { 'Content-Type': 'application/json' }).end('{"errcode":0}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const request = (path: string) => ({
    url: `${base}${path}`,
    method: 'POST' as const,
    headers: { 'Content-Type': 'application/json; charset=utf-8', Host: 'ignored.example', 'X-TC-Action': 'SendSms' },
    body: '{"a":"区"}',
  });

  it('sends the body and headers as built, Host from the URL, and answers status and text', async () => {
    await expect(sendChannelRequest(request('/ok'))).resolves.toEqual({ status: 200, body: '{"errcode":0}' });
    const last = seen.at(-1)!;
    expect(last.body).toBe('{"a":"区"}');
    expect(last.headers).toMatchObject({ host: base.slice(7), 'x-tc-action': 'SendSms', 'content-type': 'application/json; charset=utf-8' });
  });

  it('answers a 5xx as it is (the provider reads it)', async () => {
    await expect(sendChannelRequest(request('/fail'))).resolves.toEqual({ status: 503, body: '{"errcode":0}' });
  });

  it.each([
    ['/slow', 100, '请求超时（0.1 秒）'],
    ['/moved', 1000, '对方要求重定向，未跟随'],
  ])('%s (timeout %i ms) throws %s', async (path, timeout, message) => {
    await expect(sendChannelRequest(request(path), timeout)).rejects.toThrow(message);
  });

  it('throws a short message when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const url = `http://127.0.0.1:${port}/`;
    await expect(sendChannelRequest({ ...request(''), url })).rejects.toThrow('连接被拒绝（ECONNREFUSED）');
  });
});
