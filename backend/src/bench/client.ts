// The benchmark's HTTP client for timed requests. It asks for compressed answers, as a browser does, and decodes
// them as a browser does: in one native call once the body is in. Node's fetch decodes through web streams, chunk
// by chunk in JavaScript: for the 3 MB ranking, ~20 ms of the client's own time (one brotli call takes 3), which
// a timing of the server would count as the server's.
import http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** A request to the server under test, answering its body (a non-2xx answer throws). */
export type Call = (method: string, pathname: string, body?: unknown) => Promise<Buffer>;

const decoders: Record<string, (body: Buffer) => Promise<Buffer>> = {
  br: promisify(zlib.brotliDecompress),
  gzip: promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
};

export function caller(url: string, headers: Record<string, string>): Call {
  const agent = new http.Agent({ keepAlive: true });
  return (method, pathname, body) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise<Buffer>((resolve, reject) => {
      const req = http.request(`${url}${pathname}`, {
        method,
        agent,
        headers: {
          ...headers,
          'accept-encoding': 'br, gzip, deflate',
          ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        },
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const decode = decoders[res.headers['content-encoding'] ?? ''];
          (decode ? decode(raw) : Promise.resolve(raw)).then((answer) => {
            const status = res.statusCode ?? 0;
            if (status < 200 || status > 299) reject(new Error(`${method} ${pathname} → ${status}: ${answer.toString().slice(0, 300)}`));
            else resolve(answer);
          }, reject);
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
  };
}
