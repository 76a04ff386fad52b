import type { WebPreferences } from 'electron';

/** The app's own origin: the renderer is served from a privileged custom scheme, never file://. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://desk`;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export function isAppUrl(url: string): boolean {
  try {
    // WHATWG URL gives a custom scheme the origin "null", so compare scheme and host instead.
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === 'desk' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** Navigation away from the app page (a link, a redirect, a dropped file) is always denied. */
export function allowNavigation(targetUrl: string, currentUrl: string): boolean {
  if (!isAppUrl(targetUrl)) return false;
  // Same document (hash routes) only.
  const strip = (u: string) => u.split('#')[0];
  return strip(targetUrl) === strip(currentUrl);
}

/** Only the camera (desk photo capture), and only for the app's own page. */
export function allowPermission(permission: string, requestingUrl: string, mediaTypes?: string[]): boolean {
  if (!isAppUrl(requestingUrl)) return false;
  if (permission !== 'media') return false;
  return (mediaTypes ?? []).every((t) => t === 'video');
}
