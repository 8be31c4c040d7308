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
  /** `text`: the array, `[`, the rows, `]`; `starts`: where each row begins, then where a row after the last would. */
  private constructor(
    private readonly text: string,
    readonly separator: string,
    readonly keys: readonly number[],
    private readonly starts: Int32Array,
  ) {}

  /**
   * A whole array (`[`, rows joined by `separator`, `]`) of objects whose first member is their integer key
   * (`{"unitId":12,…`): read in one pass, the text is kept as it came.
   */
  static ofArray(text: string, separator: string): JsonRows {
    const starts: number[] = [];
    const keys: number[] = [];
    // Row i begins after the `[`, or after the separator that ends row i - 1.
    for (let at = text.length > 2 ? 1 : -1; at > 0; ) {
      starts.push(at);
      keys.push(leadingKey(text, at));
      const next = text.indexOf(separator, at);
      at = next < 0 ? -1 : next + separator.length;
    }
    starts.push(text.length - 1 + separator.length);
    return new JsonRows(text, separator, keys, Int32Array.from(starts));
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

  /** Row `i`'s text (0 ≤ i < length). */
  rowText(i: number): string {
    return this.text.slice(this.starts[i], this.starts[i + 1]! - this.separator.length);
  }

  /** The row whose key is `key` (the first, keys being unique), or none. */
  only(key: number): JsonRows {
    const i = this.keys.indexOf(key);
    return JsonRows.ofArray(`[${i < 0 ? '' : this.rowText(i)}]`, this.separator);
  }
}

/** The integer value of the first member of the object at `at` (`{"unitId":12,…` → 12). */
function leadingKey(text: string, at: number): number {
  let i = text.indexOf(':', at) + 1;
  let key = 0;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) key = key * 10 + c - 48;
  return key;
}
