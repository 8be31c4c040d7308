import { useState, type CSSProperties, type FormEvent } from 'react';
import { t } from '../i18n/translate';

/**
 * The sign-in screen. Plain React and CSS on purpose: before login, index.html loads only React
 * and this screen; react-admin, MUI and the pages arrive once the user is signed in.
 * The inputs are named `username` and `password`, like react-admin's LoginForm.
 */
export interface LoginScreenProps {
  /** Signs in; rejects with an Error whose message is shown under the form. */
  onSubmit: (username: string, password: string) => Promise<unknown>;
}

const styles: Record<string, CSSProperties> = {
  page: {
    minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center',
    background: 'linear-gradient(160deg, #e3ecf7 0%, #f5f5f5 60%)', padding: 16, boxSizing: 'border-box',
  },
  card: {
    width: '100%', maxWidth: 380, background: '#fff', borderRadius: 8, padding: '32px 28px',
    boxShadow: '0 2px 12px rgba(0,0,0,0.12)', boxSizing: 'border-box',
  },
  title: { margin: '0 0 4px', fontSize: 22, fontWeight: 600, color: '#1a2b48', textAlign: 'center' },
  subtitle: { margin: '0 0 24px', fontSize: 13, color: '#666', textAlign: 'center', lineHeight: 1.5 },
  label: { display: 'block', fontSize: 14, color: '#444', margin: '0 0 6px' },
  input: {
    display: 'block', width: '100%', boxSizing: 'border-box', padding: '10px 12px', fontSize: 15,
    border: '1px solid #c4c4c4', borderRadius: 4, margin: '0 0 16px', outlineColor: '#1976d2',
  },
  button: {
    width: '100%', padding: '11px 0', fontSize: 15, fontWeight: 500, color: '#fff', background: '#1976d2',
    border: 'none', borderRadius: 4, cursor: 'pointer', marginTop: 8,
  },
  error: { color: '#d32f2f', fontSize: 14, margin: '12px 0 0', textAlign: 'center' },
};

export const LoginScreen = ({ onSubmit }: LoginScreenProps) => {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) {
      setError(t('app.login.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(username, password);
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : t('ra.auth.sign_in_error'));
      setBusy(false);
    }
  };

  return (
    <main style={styles.page}>
      <form style={styles.card} onSubmit={submit} noValidate>
        <h1 style={styles.title}>{t('app.title')}</h1>
        <p style={styles.subtitle}>{t('app.office')}</p>
        <label style={styles.label} htmlFor="login-username">
          {t('ra.auth.username')}
        </label>
        <input style={styles.input} id="login-username" name="username" autoComplete="username" autoFocus required />
        <label style={styles.label} htmlFor="login-password">
          {t('ra.auth.password')}
        </label>
        <input
          style={styles.input}
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <button style={{ ...styles.button, opacity: busy ? 0.7 : 1 }} type="submit" disabled={busy}>
          {busy ? t('app.login.signingIn') : t('ra.auth.sign_in')}
        </button>
        {error && (
          <p style={styles.error} role="alert">
            {error}
          </p>
        )}
      </form>
    </main>
  );
};
