import { describe, expect, it } from '@jest/globals';
import { creditCodeCheckChar, isValidCreditCode, isValidIdCardNumber } from './identifiers.ts';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('isValidCreditCode (GB 32100-2015)', () => {
  it.each([
    ['91110000600037341L', true],
    ['91110000600037341N', false], // wrong check character
    ['914403007152672630', true], // check value 0: needs the outer mod
    ['913301006091320060', true],
    ['914403007152672631', false],
    ['91110000600037341l', false], // lower case is not normalised here
    ['91110000600037341', false], // 17 characters
    ['91110000600037341LL', false],
    ['9111000060003734IL', false], // I is not in the alphabet
    ['9111000060003734OL', false],
    ['9111000060003734SL', false],
    ['9111000060003734VL', false],
    ['9111000060003734ZL', false],
    [' 91110000600037341L', false],
    ['', false],
  ])('%j → %s', (code, valid) => {
    expect(isValidCreditCode(code)).toBe(valid);
  });

  it('builds a code whose check character is 0 and accepts it (the outer mod)', () => {
    // Choose position 17 so that Σ ≡ 0 (mod 31); then 31 − 0 = 31 must wrap to 0, not fall off the alphabet.
    const prefix = '9144030071526726';
    const first17 = [...ALPHABET].map((c) => prefix + c).find((p) => creditCodeCheckChar(p) === '0');
    expect(first17).toBe('91440300715267263');
    expect(isValidCreditCode(`${first17}0`)).toBe(true);
    // Exactly one check character is valid.
    expect([...ALPHABET].filter((c) => isValidCreditCode(`${first17}${c}`))).toEqual(['0']);
  });

  it('accepts exactly one check character for any prefix', () => {
    for (const first17 of ['91110000600037341', '12100000000000000', 'Y1ABCDEFGHJKLMNPQ', '00000000000000000']) {
      expect([...ALPHABET].filter((c) => isValidCreditCode(first17 + c))).toHaveLength(1);
    }
  });

  it.each(['9111000060003734', '9111000060003734IL', '9111000060003734i'])('no check character for %j', (p) => {
    expect(creditCodeCheckChar(p.slice(0, 17))).toBeNull();
  });
});

describe('isValidIdCardNumber (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', true], // the standard's example, check X
    ['440524188001010014', true],
    ['110105200002290013', true], // 2000-02-29 exists
    ['110105190002290017', false], // 1900-02-29 does not (right check digit)
    ['110105202302300016', false], // February 30
    ['110105194913310021', false], // month 13
    ['110105194912000021', false], // day 00
    ['110105194912310021', false], // wrong check digit
    ['11010519491231002x', false], // lower-case x is not normalised here
    ['11010519491231002', false],
    ['110105491231002', false], // old 15-digit numbers are not accepted
    ['1101051949123100211', false],
    ['A1010519491231002X', false],
    ['', false],
  ])('%j → %s', (id, valid) => {
    expect(isValidIdCardNumber(id)).toBe(valid);
  });
});
