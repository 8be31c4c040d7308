// Answers serialised once (e.g. built by the database) and sent as they are: a cached answer of 10,000 rows
// is never parsed, re-stringified or hashed again per request.
import { randomBytes } from 'node:crypto';

/** A JSON text to answer as it is, with its ETag when known (else Express computes one). */
export class JsonText {
  constructor(
    readonly text: string,
    /** How many rows it holds (a page's Content-Range counts them). */
    readonly count: number,
    readonly etag?: string,
  ) {}
}

/** ETags of JsonRows: this process's prefix, then a counter (a new computation, a new tag). */
const TAG_PREFIX = randomBytes(6).toString('base64url');
let generation = 0;

/**
 * JSON values joined by `separator` (which no value contains: e.g. ',\n', a raw newline never being inside a
 * JSON value), in order, with a key per row: answers the whole array, a slice of it or one row without
 * copying rows back into objects.
 */
export class JsonRows {
  private readonly tag = `W/"${TAG_PREFIX}-${(++generation).toString(36)}"`;
  /** The array: `[`, the rows, `]`. */
  private readonly text: string;
  /** Where row i begins in `text`; starts[length] is where a row after the last would begin. */
  private readonly starts: Int32Array;

  constructor(
    rows: string,
    private readonly separator: string,
    readonly keys: readonly number[],
  ) {
    this.text = `[${rows}]`;
    this.starts = new Int32Array(keys.length + 1);
    let at = 1;
    for (let i = 0; i < keys.length; i++) {
      this.starts[i] = at;
      const next = i + 1 < keys.length ? this.text.indexOf(separator, at) : this.text.length - 1;
      if (next < 0) throw new Error(`JsonRows: ${keys.length} keys but ${i + 1} rows`);
      at = next + separator.length;
    }
    this.starts[keys.length] = at;
  }

  get length(): number {
    return this.keys.length;
  }

  /** The whole array, with an ETag of this value. */
  all(): JsonText {
    return new JsonText(this.text, this.length, this.tag);
  }

  /** Rows [start, end) as an array. */
  slice(start: number, end: number): JsonText {
    const from = Math.max(0, Math.min(start, this.length));
    const to = Math.max(from, Math.min(end, this.length));
    if (from === to) return new JsonText('[]', 0);
    return new JsonText(`[${this.text.slice(this.starts[from], this.starts[to]! - this.separator.length)}]`, to - from);
  }

  /** The row whose key is `key` (the first, keys being unique), or none. */
  only(key: number): JsonRows {
    const i = this.keys.indexOf(key);
    if (i < 0) return new JsonRows('', this.separator, []);
    return new JsonRows(this.text.slice(this.starts[i], this.starts[i + 1]! - this.separator.length), this.separator, [key]);
  }
}
