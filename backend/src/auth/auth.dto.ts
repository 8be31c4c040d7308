import { z } from 'zod';
import { password } from '../users/users.dto.ts';

export { loginSchema, type LoginDto } from '@credit/contract/api';

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: password })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ['newPassword'], message: '新密码不能与原密码相同' });
export type ChangePasswordDto = z.infer<typeof changePasswordSchema>;
