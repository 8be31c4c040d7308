// Check digits of Chinese identifiers. Both checks are strict about case: callers normalise input
// (trim, upper-case) before validating, so what is stored is what was checked.

import { isValidLocalDate } from './dates.ts';

/** GB 32100-2015 alphabet: digits and capitals without I, O, S, V, Z. */
const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^(i−1) mod 31 for positions 1–17. */
const CREDIT_CODE_WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

/** The check character of the first 17 characters of a 统一社会信用代码, or null if one is not allowed. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARS.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * CREDIT_CODE_WEIGHTS[i]!;
  }
  // The outer mod maps a remainder of 0 to check value 0, not 31.
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31]!;
}

/** 统一社会信用代码 (GB 32100-2015): 18 characters from the code alphabet with a valid check character. */
export function isValidCreditCode(code: string): boolean {
  return code.length === 18 && creditCodeCheckChar(code.slice(0, 17)) === code[17];
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/** 居民身份证号 (GB 11643-1999), 18 characters: 17 digits, check character, and a real birth date. */
export function isValidIdCardNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isValidLocalDate(birth)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11] === id[17];
}
