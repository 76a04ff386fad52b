import { BrowserWindow, session, shell } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { externalUrlAllowed } from './external-links';
import { allowNavigation, allowPermission, APP_ORIGIN, secureWebPreferences } from './hardening';

/** Installs the session-wide guards: permissions and the CSP header on every response. */
export function guardSession(ses: Electron.Session = session.defaultSession): void {
  ses.setPermissionRequestHandler((contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes as string[] | undefined) : undefined;
    callback(allowPermission(permission, details.requestingUrl ?? contents.getURL(), mediaTypes));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permission === 'media' && requestingOrigin === APP_ORIGIN);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  // No remote content: anything that is not the app's own scheme or devtools is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    callback({ cancel: !(url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:')) });
  });
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Exam Desk',
    webPreferences: secureWebPreferences(preloadPath),
  });
  const contents = win.webContents;
  // A new window is never opened; an address on the allow-list goes to the system browser.
  const openOutside = (url: string) => {
    const allowed = externalUrlAllowed(url);
    if (allowed) void shell.openExternal(allowed);
  };
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (allowNavigation(url, contents.getURL())) return;
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!allowNavigation(url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
