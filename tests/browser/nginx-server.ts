/**
 * Debian's nginx running the repo's scripts/deploy/nginx/war-room.conf for the deploy journeys,
 * with only what the README tells an admin to change: `listen`, `root` and the password file of
 * data/restricted/. Private pid, logs and temporary files in a temporary folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  constants,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A running nginx. */
export interface NginxServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  /** What nginx wrote to stderr so far. */
  log(): string;
  /** Stops nginx (SIGQUIT, then SIGKILL after 10 s) and removes its folder. */
  stop(): Promise<void>;
}

/** Debian's nginx, or a failure saying how to get it. */
export function nginxBinary(): string {
  const dirs = ['/usr/sbin', ...(process.env.PATH ?? '').split(':')];
  for (const dir of dirs) {
    const candidate = path.join(dir, 'nginx');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new Error(
    'nginx is not installed: run .ci/run, or `apt-get install -y --no-install-recommends nginx` (Debian)',
  );
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => {
      resolve(false);
    });
    probe.listen(port, '127.0.0.1', () =>
      probe.close(() => {
        resolve(true);
      }),
    );
  });
}

/** A free port of 127.0.0.1 in 8400-8499 (the range the deploy journeys keep to). */
async function freePort(): Promise<number> {
  const start = 8400 + Math.floor(Math.random() * 100);
  for (let i = 0; i < 100; i++) {
    const port = 8400 + ((start - 8400 + i) % 100);
    if (await portIsFree(port)) return port;
  }
  throw new Error('no free port of 127.0.0.1 in 8400-8499');
}

/**
 * One line of an htpasswd file in nginx's salted SHA-1 scheme (`user:{SSHA}…`), made here with
 * Node's crypto so the suite needs no `openssl` or `htpasswd` program. nginx reads `{SSHA}` as
 * base64(sha1(password + salt) + salt).
 */
export function htpasswdLine(user: string, password: string): string {
  const salt = randomBytes(8);
  const digest = createHash('sha1').update(password).update(salt).digest();
  return `${user}:{SSHA}${Buffer.concat([digest, salt]).toString('base64')}\n`;
}

/**
 * Writes a main config that includes the repo's site config with `listen`, `root` and the
 * password file set, tests it (`nginx -t`) and starts nginx in the foreground.
 * @param htpasswd the password file's lines (none: nobody can sign in).
 */
export async function startNginx(distDir: string, htpasswd = ''): Promise<NginxServer> {
  const binary = nginxBinary();
  const prefix = mkdtempSync(path.join(tmpdir(), 'war-room-nginx-'));
  // nginx's workers run as nobody when started by root: the build must be readable by others.
  chmodSync(distDir, 0o755);
  chmodSync(prefix, 0o755);
  const passwords = path.join(prefix, 'war-room.htpasswd');
  writeFileSync(passwords, htpasswd, { mode: 0o644 });
  const port = await freePort();
  const site = readFileSync('scripts/deploy/nginx/war-room.conf', 'utf8');
  const edited = site
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \/srv\/war-room\/dist;$/m, `$1root ${distDir};`)
    .replace(
      /^(\s*)auth_basic_user_file \/etc\/nginx\/war-room\.htpasswd;$/m,
      `$1auth_basic_user_file ${passwords};`,
    );
  const changed = edited.split('\n').filter((line, i) => line !== site.split('\n')[i]);
  if (changed.length !== 3) {
    throw new Error('war-room.conf no longer has `listen 80;`, `root` and `auth_basic_user_file`');
  }
  writeFileSync(path.join(prefix, 'war-room.conf'), edited);
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, name)};`;
  const main = [
    'worker_processes 1;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    `error_log ${path.join(prefix, 'error.log')};`,
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
    `  include ${path.join(prefix, 'war-room.conf')};`,
    '}',
  ].join('\n');
  const config = path.join(prefix, 'nginx.conf');
  writeFileSync(config, main);
  const base = ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', config];
  const check = spawnSync(binary, [...base, '-t'], { encoding: 'utf8' });
  if (!check.stderr.includes('test is successful')) throw new Error(`nginx -t: ${check.stderr}`);
  const child: ChildProcess = spawn(binary, [...base, '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 150; attempt++) {
    const status = await fetch(url, { method: 'HEAD' }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return { url, log: () => log, stop };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`nginx did not answer on ${url}: ${log}`);
}

/** Chromium's own console line for a refused response, as the harness records it. */
const REFUSAL_LOG = /^Failed to load resource: the server responded with a status of 40[13]\b/;

/**
 * The console errors but Chromium's log of the restricted file's one refusal; throws when the
 * browser logged more than one (the app asked again: a retry loop).
 */
export function withoutRestrictedRefusal(consoleErrors: readonly string[]): string[] {
  const refusals = consoleErrors.filter((text) => REFUSAL_LOG.test(text));
  if (refusals.length > 1) throw new Error(`${refusals.length} refusals logged: asked again`);
  return consoleErrors.filter((text) => !REFUSAL_LOG.test(text));
}
