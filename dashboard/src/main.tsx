import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LoginScreen } from './login/LoginScreen';
import { authProvider } from './providers/authProvider';
import { preloadHome } from './dashboard/preload';
import { getToken, getUser } from './providers/session';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
const root = createRoot(container);

/** Loads react-admin and the application (a chunk of its own) and hands the page over to it. */
const startApp = async () => {
  // after signing in from a stale #/login address, start on the home page
  if (window.location.hash.startsWith('#/login')) window.location.hash = '#/';
  // The application's code is asked for first: the browser has six connections to the server, and the home's data
  // (preloadHome) waits behind the code rather than the code behind the data.
  const app = import('./App');
  if (['', '#', '#/'].includes(window.location.hash)) preloadHome(getUser()?.role);
  const { App } = await app;
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};

if (getToken()) {
  void startApp();
} else {
  // Before login only React and this screen are loaded.
  root.render(
    <StrictMode>
      <LoginScreen
        onSubmit={async (username, password) => {
          await authProvider.login({ username, password });
          await startApp();
        }}
      />
    </StrictMode>,
  );
}
