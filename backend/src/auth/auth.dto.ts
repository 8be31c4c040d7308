import { z } from 'zod';
import { password } from '../users/users.dto.ts';

export const loginSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type LoginDto = z.infer<typeof loginSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: password })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ['newPassword'], message: '新密码不能与原密码相同' });
export type ChangePasswordDto = z.infer<typeof changePasswordSchema>;
