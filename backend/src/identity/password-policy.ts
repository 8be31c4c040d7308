// The password policy, applied wherever a password is set: user creation, an admin's reset, the user's own
// change and ADMIN_PASSWORD at boot. Pure functions, so the configuration can use them too.

export const PASSWORD_MIN = 10;
/** bcrypt reads at most 72 bytes; longer passwords would be silently truncated. */
export const PASSWORD_MAX_BYTES = 72;

/**
 * Passwords people choose first, lower-cased. Only entries the other rules let through matter (≥ 10 characters,
 * two character classes); the short classics (123456, password, …) are already refused by length.
 */
const COMMON = new Set([
  'password123', 'password1234', 'password12345', 'password@123', 'password!123', 'password-1234',
  'passw0rd123', 'p@ssw0rd123', 'p@ssword123', 'pa$$word123', 'admin12345', 'admin123456', 'admin@12345',
  'admin@123456', 'admin!@#123', 'administrator1', 'qwerty12345', 'qwerty123456', 'qwer123456', 'qwer1234qwer',
  '1qaz2wsx3edc', '1qaz@wsx3edc', '1q2w3e4r5t', '1q2w3e4r5t6y', 'q1w2e3r4t5', 'q1w2e3r4t5y6', 'zaq12wsxcde3',
  'a123456789', 'a1234567890', 'aa123456789', 'abc1234567', 'abc12345678', 'abc123456789', 'abcd123456',
  'abcd1234567', 'abcd12345678', 'asd1234567', 'asdf123456', 'zxc1234567', 'zxcv123456', 'qq1234567890',
  '123456789a', '1234567890a', '123456789abc', '123456abcdef', '1234567890q', '1234qwerasdf', '147258369a',
  'woaini1314', 'woaini520', 'woaini13145', 'woaini1314520', '5201314abc', 'iloveyou123', 'iloveyou1314',
  'welcome123', 'welcome1234', 'letmein123', 'changeme123', 'sunshine123', 'football123', 'baseball123',
  'princess123', 'dragon12345', 'monkey12345', 'superman123', 'test123456', 'test1234567', 'testtest123',
  'user123456', 'root123456', 'root@123456', 'china123456', 'huawei12345', 'huawei@123', 'huawei@1234',
  'xinyong123', 'xinyong1234', 'xinyong@123', 'credit12345', 'credit@123', 'zhaoling123', 'zhaoling@123',
]);

/** Why this password may not be used (in Chinese), or null when it may. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < PASSWORD_MIN) return `密码至少 ${PASSWORD_MIN} 位`;
  if (Buffer.byteLength(password, 'utf8') > PASSWORD_MAX_BYTES) return `密码不能超过 ${PASSWORD_MAX_BYTES} 个字节`;
  if (password.trim() === '') return '密码不能只有空格';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 2) return '密码须包含大写字母、小写字母、数字、符号中的至少两类';
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return '密码过于常见，请换一个';
  if (username && lower.trim() === username.trim().toLowerCase()) return '密码不能与用户名相同';
  return null;
}
