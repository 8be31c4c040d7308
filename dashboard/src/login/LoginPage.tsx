import { useEffect } from 'react';
import { useCheckAuth, useLogin, useNavigate } from 'react-admin';
import { LoginScreen } from './LoginScreen';

/**
 * react-admin's login route (after a logout or an expired session): the same screen as at boot,
 * signing in through useLogin so react-admin goes back to the page the user came from.
 */
export const LoginPage = () => {
  const login = useLogin();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();

  useEffect(() => {
    // already signed in (e.g. another tab signed in): go home
    checkAuth({}, false)
      .then(() => navigate('/'))
      .catch(() => undefined);
  }, [checkAuth, navigate]);

  return <LoginScreen onSubmit={(username, password) => login({ username, password })} />;
};
