import { describe, expect, it } from '@jest/globals';
import { hashPassword, verifyPassword } from './passwords.ts';

// Hashes as bcryptjs stored them before the switch to the native implementation (cost 10).
const STORED = [
  { plain: 'Credit-Office-2026', hash: '$2b$10$SkrRLq3XG1FTuPp63t30yOT3uFD/4ayfFdfkHCwIbFwn4X3ze36na' },
  { plain: '信用办密码Abc-1', hash: '$2b$10$AvFqGD.lX.zEmuCsFDWqO.Gnp3PCmR4Xm4Xk4vaAriIR.z3G5zt/q' },
  { plain: 'old-2a-Hash-9', hash: '$2a$10$3Lg1qLXiw77yM8EEYoy.JeRyLsAKu87WsHdu/286Sy0eqZaerRN7m' },
];

describe('passwords', () => {
  it.each(STORED)('a password stored by bcryptjs still verifies, and a wrong one does not ($hash)', async ({ plain, hash }) => {
    expect(await verifyPassword(plain, hash)).toBe(true);
    expect(await verifyPassword(`${plain}x`, hash)).toBe(false);
  });

  it('hashes as $2b$ at cost 10, salted (two hashes of one password differ), and verifies its own', async () => {
    const [a, b] = await Promise.all([hashPassword('Credit-Office-2026'), hashPassword('Credit-Office-2026')]);
    expect(a).toMatch(/^\$2b\$10\$.{53}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Credit-Office-2026', a)).toBe(true);
    expect(await verifyPassword('credit-office-2026', a)).toBe(false);
  });

  it('does not hold the event loop while it verifies: a timer set after the call runs before the answer', async () => {
    const order: string[] = [];
    const checking = verifyPassword(STORED[0]!.plain, STORED[0]!.hash).then(() => order.push('verified'));
    await new Promise<void>((resolve) => setTimeout(() => { order.push('timer'); resolve(); }, 0));
    await checking;
    expect(order).toEqual(['timer', 'verified']);
  });
});
