import { beforeEach, describe, expect, test, vi } from 'vitest';

// A recording stand-in for Electron: the window code runs for real against it.
const h = vi.hoisted(() => {
  const state = {
    windows: [] as { options: any; contents: any; loaded: string[] }[],
    permissionHandler: null as null | ((...a: any[]) => void),
    permissionCheck: null as null | ((...a: any[]) => boolean),
    headersHook: null as null | ((d: any, cb: (r: any) => void) => void),
    requestHook: null as null | ((d: any, cb: (r: any) => void) => void),
    opened: [] as string[],
  };
  class FakeContents {
    handlers: Record<string, (...a: any[]) => void> = {};
    openHandler: ((d: { url: string }) => { action: string }) | null = null;
    url = 'app://desk/index.html';
    on(ev: string, fn: (...a: any[]) => void) {
      this.handlers[ev] = fn;
      return this;
    }
    setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
      this.openHandler = fn;
    }
    getURL() {
      return this.url;
    }
  }
  class BrowserWindow {
    webContents = new FakeContents();
    loaded: string[] = [];
    constructor(public options: any) {
      state.windows.push({ options, contents: this.webContents, loaded: this.loaded });
    }
    once() {}
    show() {}
    loadURL(u: string) {
      this.loaded.push(u);
      return Promise.resolve();
    }
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (fn: any) => (state.permissionHandler = fn),
      setPermissionCheckHandler: (fn: any) => (state.permissionCheck = fn),
      webRequest: {
        onHeadersReceived: (fn: any) => (state.headersHook = fn),
        onBeforeRequest: (fn: any) => (state.requestHook = fn),
      },
    },
  };
  const shell = { openExternal: (u: string) => state.opened.push(u) };
  return { state, BrowserWindow, session, shell };
});

vi.mock('electron', () => ({ BrowserWindow: h.BrowserWindow, session: h.session, shell: h.shell, ipcMain: { handle: vi.fn() } }));

const { createMainWindow, guardSession } = await import('../../electron/main/window');
const { isTrustedSender } = await import('../../electron/main/ipc-bridge');
const { externalUrlAllowed } = await import('../../electron/main/external-links');
const { CONTENT_SECURITY_POLICY } = await import('../../electron/core/csp');

function event() {
  let prevented = false;
  return {
    preventDefault: () => (prevented = true),
    get prevented() {
      return prevented;
    },
  };
}

describe('Electron window hardening', () => {
  beforeEach(() => {
    h.state.windows.length = 0;
    h.state.opened.length = 0;
  });

  test('webPreferences: contextIsolation on, sandbox on, nodeIntegration off, webview off, preload set', () => {
    createMainWindow('/app/out/preload/index.cjs');
    const prefs = h.state.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  test('the window loads only the app page from the app:// scheme (no remote content)', () => {
    createMainWindow('/p.cjs');
    expect(h.state.windows[0]!.loaded).toEqual(['app://desk/index.html']);
  });

  test('navigation by a link or a redirect cannot replace the app page', () => {
    createMainWindow('/p.cjs');
    const contents = h.state.windows[0]!.contents;
    for (const ev of ['will-navigate', 'will-redirect']) {
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'app://desk/other.html']) {
        const e = event();
        contents.handlers[ev](e, url);
        expect({ ev, url, prevented: e.prevented }).toEqual({ ev, url, prevented: true });
      }
      const same = event();
      contents.handlers[ev](same, 'app://desk/index.html#/checkin');
      expect(same.prevented).toBe(false);
    }
  });

  test('new windows are always denied; only an allow-listed https address opens in the system browser', () => {
    createMainWindow('/p.cjs');
    const open = h.state.windows[0]!.contents.openHandler!;
    expect(open({ url: 'https://cloud.tencent.com/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'app://desk/index.html' })).toEqual({ action: 'deny' });
    expect(open({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(open({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'ms-msdt:/id PCWDiagnostic' })).toEqual({ action: 'deny' });
    expect(h.state.opened).toEqual(['https://cloud.tencent.com/']);
  });

  test('a link that navigates away is stopped; only an allow-listed address goes to the system browser', () => {
    createMainWindow('/p.cjs');
    const navigate = h.state.windows[0]!.contents.handlers['will-navigate'];
    for (const url of ['https://cloud.tencent.com/document/product/658/45314', 'https://evil.example/', 'file:///etc/passwd', 'smb://host/share']) {
      const e = event();
      navigate(e, url);
      expect(e.prevented).toBe(true);
    }
    expect(h.state.opened).toEqual(['https://cloud.tencent.com/document/product/658/45314']);
  });

  test('webviews cannot be attached', () => {
    createMainWindow('/p.cjs');
    const e = event();
    h.state.windows[0]!.contents.handlers['will-attach-webview'](e);
    expect(e.prevented).toBe(true);
  });

  test('permissions: only the camera, only for the app page', () => {
    guardSession();
    const ask = (permission: string, url: string, mediaTypes?: string[]) => {
      let granted: boolean | undefined;
      h.state.permissionHandler!({ getURL: () => url }, permission, (g: boolean) => (granted = g), {
        requestingUrl: url,
        mediaTypes,
      });
      return granted;
    };
    expect(ask('media', 'app://desk/index.html', ['video'])).toBe(true);
    expect(ask('media', 'app://desk/index.html', ['audio'])).toBe(false);
    expect(ask('media', 'https://evil.example/', ['video'])).toBe(false);
    for (const p of ['geolocation', 'notifications', 'clipboard-read', 'midi', 'openExternal', 'fileSystem']) {
      expect(ask(p, 'app://desk/index.html')).toBe(false);
    }
    expect(h.state.permissionCheck!(null, 'media', 'app://desk')).toBe(true);
    expect(h.state.permissionCheck!(null, 'media', 'https://evil.example')).toBe(false);
  });

  test('a strict CSP header is set on every response and remote requests are cancelled', () => {
    guardSession();
    let headers: any;
    h.state.headersHook!({ responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    const cancel = (url: string) => {
      let c: boolean | undefined;
      h.state.requestHook!({ url }, (r) => (c = r.cancel));
      return c;
    };
    expect(cancel('app://desk/assets/index.js')).toBe(false);
    expect(cancel('https://cdn.example/lib.js')).toBe(true);
    expect(cancel('http://127.0.0.1:9999/')).toBe(true);
  });

  test('IPC messages are accepted only from the main frame of our window showing our page', () => {
    const mainFrame = { url: 'app://desk/index.html' };
    const contents = { mainFrame };
    const win = { webContents: contents } as any;
    expect(isTrustedSender({ sender: contents, senderFrame: mainFrame } as any, win)).toBe(true);
    expect(isTrustedSender({ sender: contents, senderFrame: { url: 'app://desk/index.html' } } as any, win)).toBe(false);
    expect(isTrustedSender({ sender: { mainFrame }, senderFrame: mainFrame } as any, win)).toBe(false);
    const evilFrame = { url: 'https://evil.example/' };
    expect(isTrustedSender({ sender: { mainFrame: evilFrame }, senderFrame: evilFrame } as any, { webContents: { mainFrame: evilFrame } } as any)).toBe(false);
    expect(isTrustedSender({ sender: contents, senderFrame: null } as any, win)).toBe(false);
  });

  test('the openExternal allow-list: https on the listed host only, no credentials, no port, no look-alikes', () => {
    expect(externalUrlAllowed('https://cloud.tencent.com/document/product/658/45314')).toBe('https://cloud.tencent.com/document/product/658/45314');
    expect(externalUrlAllowed('https://CLOUD.tencent.com/a')).toBe('https://cloud.tencent.com/a');
    for (const url of [
      'http://cloud.tencent.com/',
      'https://cloud.tencent.com.evil.example/',
      'https://evil.example/cloud.tencent.com',
      'https://evil.example/?u=https://cloud.tencent.com/',
      'https://user:pw@cloud.tencent.com/',
      'https://cloud.tencent.com@evil.example/',
      'https://cloud.tencent.com:8443/',
      'https://tencent.com/',
      'file:///C:/Windows/System32/calc.exe',
      'ms-msdt:/id PCWDiagnostic',
      'javascript:alert(1)',
      'app://desk/index.html',
      'not a url',
      `https://cloud.tencent.com/${'a'.repeat(3000)}`,
    ]) {
      expect({ url: url.slice(0, 60), allowed: externalUrlAllowed(url) }).toEqual({ url: url.slice(0, 60), allowed: null });
    }
  });
});
