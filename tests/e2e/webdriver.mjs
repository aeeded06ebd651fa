// A tiny W3C WebDriver client over fetch, for the engines Playwright's
// system-browser mode cannot drive here: Firefox (geckodriver + the system
// firefox-esr, headless) and WebKit (WebKitWebDriver + WebKitGTK's
// MiniBrowser, under a private Xvfb). Everything it starts runs in its own
// process group, with its profile, cache and data in one fresh temporary
// directory; `stop()` (also called when Node exits, however it exits) kills
// the groups and removes the directory. Nothing is downloaded: the drivers
// and browsers are the system's (README, "Tests").
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

/** The W3C key codes the tests press. */
export const KEY = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Shift: '\uE008' };

/** How long a WebDriver command may take. */
const COMMAND_TIMEOUT = 60000;

/** The key of a web element reference in WebDriver's JSON. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * `override` (from the environment) if given, else the first of
 * `candidates` that exists: an absolute path, or a command name looked up in
 * PATH (then in ~/.cargo/bin, where `cargo install` puts geckodriver).
 * Throws, saying how to install it, if there is none.
 */
function find(what, install, override, ...candidates) {
  if (override) candidates = [override];
  const dirs = [...(process.env.PATH ?? '').split(':'), join(homedir(), '.cargo/bin')].filter(Boolean);
  for (const c of candidates) {
    if (c.includes('/')) {
      if (existsSync(c)) return c;
      continue;
    }
    for (const d of dirs) if (existsSync(join(d, c))) return join(d, c);
  }
  throw new Error(`${what} not found (${candidates.join(', ') || 'nowhere to look'}): ${install}`);
}

/** WebKitGTK's MiniBrowser, which Debian keeps in the library's own directory (`dpkg -S MiniBrowser`). */
function miniBrowser() {
  const places = [];
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    const subdirs = [lib, ...(existsSync(lib) ? readdirSync(lib).filter((d) => d.endsWith('-linux-gnu')).map((d) => join(lib, d)) : [])];
    for (const dir of subdirs) {
      if (!existsSync(dir)) continue;
      for (const api of readdirSync(dir).filter((d) => /^webkit2?gtk-[\d.]+$/.test(d)).sort().reverse()) places.push(join(dir, api, 'MiniBrowser'));
    }
  }
  return find('MiniBrowser', 'apt-get install webkit2gtk-driver (it brings libwebkit2gtk)', process.env.MINIBROWSER, ...places);
}

/** Each engine: its driver, the driver's arguments, the session's capabilities; each path may be set from the environment. */
const ENGINES = {
  firefox: {
    driver: () => find('geckodriver', 'cargo install geckodriver', process.env.GECKODRIVER, 'geckodriver'),
    args: (port) => ['--port', String(port), '--host', '127.0.0.1', '--log', 'error'],
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: find('Firefox', 'apt-get install firefox-esr', process.env.FIREFOX, 'firefox-esr', 'firefox'),
        args: ['-headless', '-no-remote'],
        // No update checks, telemetry or remote settings: the test makes no request but to its own server.
        prefs: {
          'app.update.disabledForTesting': true,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'browser.safebrowsing.downloads.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'services.settings.server': 'http://127.0.0.1:9/',
          'toolkit.telemetry.enabled': false,
        },
      },
    }),
  },
  webkit: {
    driver: () => find('WebKitWebDriver', 'apt-get install webkit2gtk-driver', process.env.WEBKIT_WEBDRIVER, 'WebKitWebDriver'),
    args: (port) => [`--port=${port}`, '--host=local'],
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
    }),
    // WebKitGTK has no headless mode: it draws on a private X server.
    display: () => find('Xvfb', 'apt-get install xvfb', process.env.XVFB, 'Xvfb'),
  },
};

/** A free TCP port on 127.0.0.1 (the driver binds it right after). */
function freePort() {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

/** Processes started here (their group ids), killed by `stop` or when Node exits. */
const groups = new Set();
const dirs = new Set();

function killAll() {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  groups.clear();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs.clear();
}

process.on('exit', killAll);
for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.once(signal, () => {
    killAll();
    process.exit(128 + number);
  });
}

/** Starts `cmd` in a process group of its own; its stderr is kept for error messages. */
function start(cmd, args, env, stdio = ['ignore', 'ignore', 'pipe']) {
  const child = spawn(cmd, args, { env, stdio, detached: true });
  groups.add(child.pid);
  child.log = '';
  child.stderr?.on('data', (d) => { child.log = (child.log + d).slice(-4000); });
  child.exited = new Promise((done) => child.once('exit', (code, signal) => done(signal ?? code)));
  child.once('error', (e) => { child.log += String(e); });
  return child;
}

/** Stops one group: SIGTERM, then SIGKILL if it is still there after `grace` ms. */
async function stopGroup(child, grace = 2000) {
  if (!groups.has(child.pid)) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  let timer;
  await Promise.race([child.exited, new Promise((done) => { timer = setTimeout(done, grace); })]);
  clearTimeout(timer);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  groups.delete(child.pid);
  // Its pipes may be held open by a grandchild still dying: Node need not wait for them.
  for (const pipe of child.stdio) pipe?.destroy();
}

/** A private X server (Xvfb picks a free display number and writes it to fd 3). */
async function xvfb(bin, env) {
  const x = start(bin, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp', '-noreset'],
    env, ['ignore', 'ignore', 'pipe', 'pipe']);
  let timer;
  try {
    const display = await new Promise((done, fail) => {
      let out = '';
      x.stdio[3].on('data', (d) => {
        out += d;
        if (out.includes('\n')) done(`:${out.trim()}`);
      });
      x.exited.then((code) => fail(new Error(`Xvfb exited (${code}): ${x.log}`)));
      timer = setTimeout(() => fail(new Error(`Xvfb gave no display in 10 s: ${x.log}`)), 10000);
    });
    return { x, display };
  } catch (e) {
    await stopGroup(x);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts `engine`'s driver (and, for WebKit, an Xvfb) and opens a session.
 * Resolves to a `Session`; call its `stop()` in a `finally`.
 */
export async function open(engine, { width = 1280, height = 800 } = {}) {
  const spec = ENGINES[engine];
  if (!spec) throw new Error(`unknown engine ${engine}`);
  const dir = mkdtempSync(join(tmpdir(), `factbox-${engine}-`));
  dirs.add(dir);
  // The browser's profile, cache, config and temporary files all go to `dir`.
  const env = {
    ...process.env, HOME: dir, TMPDIR: dir, XDG_CACHE_HOME: join(dir, 'cache'), XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_DATA_HOME: join(dir, 'data'), XDG_RUNTIME_DIR: dir, MOZ_CRASHREPORTER_DISABLE: '1', NO_AT_BRIDGE: '1',
    GTK_A11Y: 'none', WEBKIT_DISABLE_COMPOSITING_MODE: '1', LIBGL_ALWAYS_SOFTWARE: '1',
  };
  delete env.WAYLAND_DISPLAY;
  const started = [];
  const session = new Session(engine, started, dir);
  try {
    if (spec.display) {
      const { x, display } = await xvfb(spec.display(), env);
      started.push(x);
      env.DISPLAY = display;
    } else {
      delete env.DISPLAY;
    }
    const port = await freePort();
    const driver = start(spec.driver(), spec.args(port), env);
    started.unshift(driver);
    session.base = `http://127.0.0.1:${port}`;
    await session.ready(driver);
    const value = await session.call('POST', '/session', {
      capabilities: { alwaysMatch: { ...spec.capabilities(), acceptInsecureCerts: false, pageLoadStrategy: 'normal' } },
    });
    session.id = value.sessionId;
    session.capabilities = value.capabilities;
    await session.call('POST', `/session/${session.id}/timeouts`, { script: 30000, pageLoad: 30000, implicit: 0 });
    await session.size(width, height);
    return session;
  } catch (e) {
    await session.stop();
    throw e;
  }
}

export class Session {
  constructor(engine, processes, dir) {
    this.engine = engine;
    this.processes = processes;
    this.dir = dir;
    this.base = null;
    this.id = null;
  }

  /** One WebDriver command; resolves to its `value`, throws WebDriver's error with its message. */
  async call(method, path, body) {
    let response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers: body ? { 'Content-Type': 'application/json; charset=utf-8' } : {},
        body: body ? JSON.stringify(body) : undefined,
        // A driver that hangs fails the command, not the whole run (scripts and page loads time out at 30 s).
        signal: AbortSignal.timeout(COMMAND_TIMEOUT),
      });
    } catch (e) {
      throw new Error(`${this.engine} WebDriver ${method} ${path}: ${e.name === 'TimeoutError' ? `no answer in ${COMMAND_TIMEOUT} ms` : e.message}`);
    }
    const json = await response.json();
    if (!response.ok || json.value?.error) {
      const v = json.value ?? {};
      throw new Error(`${this.engine} WebDriver ${method} ${path}: ${v.error ?? response.status}: ${v.message ?? ''}`);
    }
    return json.value;
  }

  /** Waits until the driver answers /status (it has just been spawned). */
  async ready(driver) {
    for (let i = 0; i < 200; i++) {
      if (driver.exitCode !== null || driver.signalCode !== null) throw new Error(`${this.engine} driver exited: ${driver.log}`);
      try {
        const r = await fetch(`${this.base}/status`);
        if (r.ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`${this.engine} driver did not start: ${driver.log}`);
  }

  s(path) {
    return `/session/${this.id}${path}`;
  }

  async size(width, height) {
    await this.call('POST', this.s('/window/rect'), { width, height });
    // Window managerless X and headless Firefox size the outer window; make the viewport the size asked for.
    const inner = await this.run('return [innerWidth, innerHeight]');
    if (inner[0] !== width || inner[1] !== height) {
      await this.call('POST', this.s('/window/rect'), { width: 2 * width - inner[0], height: 2 * height - inner[1] });
    }
  }

  goto(url) {
    return this.call('POST', this.s('/url'), { url });
  }

  /** Runs `script` (a function body; `arguments` are `args`) in the page; element references go both ways. */
  run(script, ...args) {
    return this.call('POST', this.s('/execute/sync'), { script, args });
  }

  /**
   * Runs an async function body in the page: it gets `args` and resolves
   * with the result. (A rejection comes back as `{ failed }`: WebKit's driver
   * would take a result with an `error` key for its own error.)
   */
  runAsync(script, ...args) {
    return this.call('POST', this.s('/execute/async'), {
      script: `const done = arguments[arguments.length - 1];
        (async (...args) => { ${script} })(...Array.prototype.slice.call(arguments, 0, -1))
          .then((v) => done({ ok: v }), (e) => done({ failed: e && e.message ? e.name + ': ' + e.message : String(e) }));`,
      args,
    }).then((r) => {
      if (r?.failed) throw new Error(`${this.engine} page script: ${r.failed}`);
      return r?.ok;
    });
  }

  /**
   * Waits until `script` (a function body run in the page) returns a truthy
   * value (polled in the page every 25 ms; written into WebDriver's own
   * script, not `new Function`, which a page's CSP may forbid); throws with
   * `what` after `timeout` ms. This is a wait, not an assertion: the
   * assertion follows on the value it returns.
   */
  waitFor(what, script, { timeout = 20000, args = [] } = {}) {
    return this.runAsync(`
      const check = function () { ${script} };
      const until = performance.now() + ${timeout};
      for (;;) {
        const v = check.apply(null, args);
        if (v) return v;
        if (performance.now() > until) throw new Error(${JSON.stringify(`timed out waiting for ${what}`)});
        await new Promise((r) => setTimeout(r, 25));
      }`, ...args);
  }

  /** A real click (the driver's pointer input) in the middle of `element` (a reference `run` returned). */
  click(element) {
    return this.call('POST', this.s(`/element/${element[ELEMENT]}/click`), {});
  }

  /** Presses and releases each key in turn, as a keyboard does (W3C actions). */
  async keys(...keys) {
    const actions = [];
    for (const k of keys) actions.push({ type: 'keyDown', value: k }, { type: 'keyUp', value: k });
    await this.call('POST', this.s('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.call('DELETE', this.s('/actions'));
  }

  /** The viewport as a PNG (a Buffer), or only `element` (a reference `run` returned). */
  async screenshot(element) {
    const path = element ? `/element/${element[ELEMENT]}/screenshot` : '/screenshot';
    return Buffer.from(await this.call('GET', this.s(path)), 'base64');
  }

  /** Runs the next commands in the frame `element` (an <iframe> reference), or back in the top page (`null`). */
  frame(element) {
    return this.call('POST', this.s('/frame'), { id: element });
  }

  /** The browser's name and version, as the driver reports them. */
  get browser() {
    return `${this.capabilities?.browserName} ${this.capabilities?.browserVersion}`;
  }

  /** Ends the session, stops the driver (and its browser) and Xvfb, removes the profile directory. */
  async stop() {
    if (this.id) {
      const id = this.id;
      this.id = null;
      let timer;
      await Promise.race([
        this.call('DELETE', `/session/${id}`).catch(() => {}),
        new Promise((done) => { timer = setTimeout(done, 5000); }),
      ]);
      clearTimeout(timer);
    }
    for (const p of this.processes) await stopGroup(p);
    this.processes.length = 0;
    rmSync(this.dir, { recursive: true, force: true });
    dirs.delete(this.dir);
  }
}
