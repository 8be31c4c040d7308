import type { LoginAnswer } from '@credit/contract/api';
import { Box, Card, CardContent, Stack } from '@mui/material';
import {
  Form,
  HttpError,
  PasswordInput,
  SaveButton,
  Title,
  maxLength,
  minLength,
  required,
  useNotify,
  useRedirect,
  type Validator,
} from 'react-admin';
import { postJson } from '../providers/http';
import { saveSession } from '../providers/session';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const sameAsNew: Validator = (value, values) => (value !== values?.newPassword ? 'app.password.mismatch' : undefined);
const differsFromCurrent: Validator = (value, values) =>
  value && value === values?.currentPassword ? 'app.password.sameAsOld' : undefined;

/**
 * 修改密码: POST /api/auth/password { currentPassword, newPassword }. The server ends the other
 * sessions and answers a fresh token, which replaces the one in storage.
 */
export const ChangePasswordPage = () => {
  const notify = useNotify();
  const redirect = useRedirect();

  const submit = async (values: Partial<PasswordForm>) => {
    try {
      const answer = await postJson<LoginAnswer>('/auth/password', {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      if (answer?.token && answer.user) saveSession(answer.token, answer.user);
      notify('app.password.changed', { type: 'success' });
      redirect('/');
    } catch (error) {
      const errors = error instanceof HttpError ? (error.body as { errors?: Record<string, string> } | null)?.errors : null;
      if (errors && Object.keys(errors).length > 0) return errors; // shown on the fields
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
    return undefined;
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 480 }}>
      <Title title="app.password.title" />
      <Card>
        <CardContent>
          <Form onSubmit={submit}>
            <Stack>
              <PasswordInput
                source="currentPassword"
                label="app.password.currentPassword"
                validate={required()}
                autoComplete="current-password"
              />
              <PasswordInput
                source="newPassword"
                label="app.password.newPassword"
                validate={[required(), minLength(10), maxLength(72), differsFromCurrent]}
                autoComplete="new-password"
              />
              <PasswordInput
                source="confirmPassword"
                label="app.password.confirmPassword"
                validate={[required(), sameAsNew]}
                autoComplete="new-password"
              />
              <Box>
                <SaveButton label="app.password.submit" />
              </Box>
            </Stack>
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
};
