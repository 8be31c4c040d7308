// A real SMTP server in the test process (npm `smtp-server`): records every message it accepts, can be taken
// down and brought back on the same port to play an outage.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  from: string;
  messageId: string;
  subject: string;
  text: string;
}

export class TestSmtp {
  readonly messages: ReceivedMail[] = [];
  private server: SMTPServer | null = null;
  private constructor(public port: number) {}

  static async start(): Promise<TestSmtp> {
    const smtp = new TestSmtp(0);
    await smtp.up();
    return smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Listens (again) on the same port. */
  async up(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      closeTimeout: 50,
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const parsed = parseMessage(Buffer.concat(chunks).toString('latin1'));
          this.messages.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            ...parsed,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening: connections are refused until up() again. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** How many times each Message-ID arrived, for the ones that arrived more than once. */
  duplicates(): string[] {
    const seen = new Map<string, number>();
    for (const m of this.messages) seen.set(m.messageId, (seen.get(m.messageId) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
  }
}

/** Headers and text of a single-part message as nodemailer writes it (base64 or quoted-printable UTF-8). */
function parseMessage(raw: string): Pick<ReceivedMail, 'messageId' | 'subject' | 'text'> {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? quotedPrintable(body)
        : Buffer.from(body, 'latin1');
  return {
    messageId: headers.get('message-id') ?? '',
    subject: decodeWords(headers.get('subject') ?? ''),
    text: bytes.toString('utf8').replace(/\r\n/g, '\n').trimEnd(),
  };
}

function quotedPrintable(s: string): Buffer {
  const unfolded = s.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i++) {
    if (unfolded[i] === '=' && /^[0-9A-F]{2}$/i.test(unfolded.slice(i + 1, i + 3))) {
      bytes.push(parseInt(unfolded.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(unfolded.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / ?Q?), adjacent ones joined. */
function decodeWords(s: string): string {
  const words = /=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi;
  const joined = s.replace(/\?=\s+=\?/g, '?==?');
  const parts: Buffer[] = [];
  let last = 0;
  for (const m of joined.matchAll(words)) {
    parts.push(Buffer.from(joined.slice(last, m.index), 'latin1'));
    parts.push(
      m[2].toUpperCase() === 'B'
        ? Buffer.from(m[3], 'base64')
        : quotedPrintable(m[3].replace(/_/g, ' ')),
    );
    last = m.index + m[0].length;
  }
  parts.push(Buffer.from(joined.slice(last), 'latin1'));
  return Buffer.concat(parts).toString('utf8');
}
