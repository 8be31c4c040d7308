import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/bcrypt';

const COST = 10;

// Native bcrypt on libuv's thread pool: bcryptjs (pure JavaScript) held the server's only thread for ~70 ms a
// login, so a morning of sign-ins stalled every other request. The hashes are the same $2b$ format, so the
// passwords stored by bcryptjs verify unchanged.
export const hashPassword = (plain: string): Promise<string> => hash(plain, { cost: COST });
export const verifyPassword = (plain: string, stored: string): Promise<boolean> => verify(plain, stored);

/** A readable generated password (no look-alike characters), for the first admin. */
export function generatePassword(length = 16): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
