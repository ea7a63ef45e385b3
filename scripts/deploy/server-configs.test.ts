import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseApache, parseNginx, walk, type Directive } from './parse-config';
import {
  CACHE_IMMUTABLE,
  CACHE_PRIVATE,
  CACHE_REVALIDATE,
  SECURITY_HEADERS,
  cacheControlFor,
} from './security-headers';

const nginx = parseNginx(readFileSync('scripts/deploy/nginx/war-room.conf', 'utf8'));
const apache = parseApache(readFileSync('scripts/deploy/apache/war-room.conf', 'utf8'));

/** The embedding option's variable in each config, and the value it ships with. */
const NGINX_FRAME = '$war_room_frame_ancestors';
const APACHE_FRAME = '${WAR_ROOM_FRAME_ANCESTORS}';

/** `text` with the config's variable replaced by the value the config sets it to. */
function withVariable(text: string, name: string, value: string | undefined): string {
  if (value === undefined) throw new Error(`the config does not set ${name}`);
  return text.replace(name, value);
}

const nginxFrame = walk(nginx).find(
  ({ directive }) => directive.name === 'set' && directive.args[0] === NGINX_FRAME,
)?.directive.args[1];
const apacheFrame = apache.find(
  (d) => d.name === 'Define' && d.args[0] === APACHE_FRAME.slice(2, -1),
)?.args[1];

/** Paths of a build, with the cache rule each must get. */
const SAMPLE_PATHS = [
  '/',
  '/index.html',
  '/favicon.svg',
  '/data/manifest.json',
  '/data/road_safety.parquet',
  '/data/restricted/complaints_security.parquet',
  '/geo/provinces.topo.json',
  '/wall/playlist.json',
  '/assets/index-tEebW_3u.js',
  '/assets/duckdb-eh-9ubY-jlA.wasm',
  '/assets/maplibre-gl-worker-CZtFQQIV.mjs',
  '/war-room/assets/sarabun-thai-400-normal-C2DaJlKK.woff2',
];

function only<T>(items: readonly T[], what: string): T {
  expect(items, what).toHaveLength(1);
  const [item] = items;
  if (item === undefined) throw new Error(`no ${what}`);
  return item;
}

describe('the header set', () => {
  it('has a strict policy: no inline script, no eval, nothing from another origin', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy'] ?? '';
    const directives = new Map(
      csp.split(';').map((part) => {
        const [name = '', ...sources] = part.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const [name, value] of [
      ['object-src', "'none'"],
      ['base-uri', "'none'"],
      ['form-action', "'none'"],
      ['frame-ancestors', "'none'"],
    ] as const) {
      expect(directives.get(name)).toEqual([value]);
    }
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  it('caches hashed assets for a year and revalidates everything else', () => {
    const expected = (p: string) =>
      p.includes('/data/restricted/')
        ? CACHE_PRIVATE
        : p.includes('/assets/')
          ? CACHE_IMMUTABLE
          : CACHE_REVALIDATE;
    expect(SAMPLE_PATHS.map((p) => [p, cacheControlFor(p)])).toEqual(
      SAMPLE_PATHS.map((p) => [p, expected(p)]),
    );
  });
});

describe('nginx config (scripts/deploy/nginx/war-room.conf)', () => {
  const server = only(
    nginx.filter((d) => d.name === 'server'),
    'server block',
  );
  const addHeaders = walk(nginx).filter(({ directive }) => directive.name === 'add_header');

  it('sends exactly the header set, on every response, from the server level only', () => {
    // A location with an add_header of its own would drop all of these for its files.
    expect(addHeaders.map(({ path }) => path.join('/'))).toEqual(addHeaders.map(() => 'server'));
    expect(addHeaders.every(({ directive }) => directive.args[2] === 'always')).toBe(true);
    const sent = Object.fromEntries(
      addHeaders
        .map(({ directive }) => directive.args)
        .filter(([name]) => name !== 'Cache-Control')
        .map(([name = '', value = '']) => [name, withVariable(value, NGINX_FRAME, nginxFrame)]),
    );
    expect(sent).toEqual(SECURITY_HEADERS);
  });

  it('gives hashed assets and everything else their Cache-Control', () => {
    const cache = only(
      addHeaders.filter(({ directive }) => directive.args[0] === 'Cache-Control'),
      'Cache-Control add_header',
    ).directive.args[1];
    const map = only(
      nginx.filter((d) => d.name === 'map' && d.args[1] === cache),
      `map defining ${cache ?? ''}`,
    );
    expect(map.args[0]).toBe('$uri');
    const entries = (map.children ?? []).map((d) => [d.name, d.args[0] ?? ''] as const);
    const fallback = entries.find(([key]) => key === 'default')?.[1];
    const rules = entries
      .filter(([key]) => key.startsWith('~'))
      .map(([key, value]) => [new RegExp(key.replace(/^~\*?/, '')), value] as const);
    const nginxCache = (path: string) => rules.find(([re]) => re.test(path))?.[1] ?? fallback;
    expect(SAMPLE_PATHS.map((p) => [p, nginxCache(p)])).toEqual(
      SAMPLE_PATHS.map((p) => [p, cacheControlFor(p)]),
    );
  });

  it('serves .mjs as JavaScript and .wasm and .parquet with their types, gzipped where it pays', () => {
    const types = walk(server.children ?? [])
      .filter(({ directive }) => directive.name === 'types')
      .flatMap(({ directive }) => directive.children ?? [])
      .map((d) => [d.args[0], d.name]);
    expect(Object.fromEntries(types)).toEqual({
      mjs: 'text/javascript',
      wasm: 'application/wasm',
      parquet: 'application/vnd.apache.parquet',
    });
    const gzip = server.children?.find((d) => d.name === 'gzip_types')?.args ?? [];
    expect(gzip).toEqual(
      expect.arrayContaining(['application/javascript', 'text/css', 'application/wasm']),
    );
    expect(gzip).toContain('application/json');
  });
});

describe('Apache config (scripts/deploy/apache/war-room.conf)', () => {
  const host = only(
    apache.filter((d) => d.name === 'VirtualHost'),
    'VirtualHost',
  );
  const headerSets = (tree: readonly Directive[]) =>
    tree
      .filter((d) => d.name === 'Header')
      .map((d) => {
        expect(d.args.slice(0, 2)).toEqual(['always', 'set']);
        return [d.args[2] ?? '', withVariable(d.args[3] ?? '', APACHE_FRAME, apacheFrame)] as const;
      });

  it('sends exactly the header set on every response, and no-cache outside assets/', () => {
    const sets = headerSets(host.children ?? []);
    expect(Object.fromEntries(sets)).toEqual({
      ...SECURITY_HEADERS,
      'Cache-Control': CACHE_REVALIDATE,
    });
    expect(sets).toHaveLength(Object.keys(SECURITY_HEADERS).length + 1);
  });

  it('caches the hashed assets folder for a year', () => {
    const root = host.children?.find((d) => d.name === 'DocumentRoot')?.args[0] ?? '';
    const assets = only(
      (host.children ?? []).filter((d) => d.name === 'Directory' && d.args[0] === `${root}/assets`),
      'assets Directory',
    );
    expect(headerSets(assets.children ?? [])).toEqual([['Cache-Control', CACHE_IMMUTABLE]]);
  });

  it('serves .mjs as JavaScript and .wasm and .parquet with their types', () => {
    const types = new Map(
      (host.children ?? [])
        .filter((d) => d.name === 'AddType')
        .flatMap((d) => d.args.slice(1).map((ext) => [ext, d.args[0]] as const)),
    );
    expect(types.get('.mjs')).toBe('text/javascript');
    expect(types.get('.wasm')).toBe('application/wasm');
    expect(types.get('.parquet')).toBe('application/vnd.apache.parquet');
  });
});

describe('the restricted tier and the embedding option', () => {
  it('nginx asks for a password for data/restricted/ before any other location may serve it', () => {
    const server = nginx.find((d) => d.name === 'server');
    const restricted = only(
      (server?.children ?? []).filter(
        (d) => d.name === 'location' && d.args.join(' ') === '^~ /data/restricted/',
      ),
      'restricted location',
    );
    const inside = new Map((restricted.children ?? []).map((d) => [d.name, d.args]));
    expect(inside.get('auth_basic')).toEqual(['War Room restricted data']);
    expect(inside.get('auth_basic_user_file')).toEqual(['/etc/nginx/war-room.htpasswd']);
    // A background request is refused with 403, so the browser asks for no password.
    const quiet = (restricted.children ?? []).find((d) => d.name === 'if');
    expect(quiet?.args).toEqual(['($http_sec_fetch_mode', '!=', 'navigate', ')']);
    expect(quiet?.children).toEqual([
      { name: 'error_page', args: ['401', '=403', '@war_room_refused'] },
    ]);
    const refused = server?.children?.find(
      (d) => d.name === 'location' && d.args[0] === '@war_room_refused',
    );
    expect(refused?.children).toEqual([{ name: 'return', args: ['403'] }]);
    const types = (restricted.children ?? []).find((d) => d.name === 'types')?.children ?? [];
    expect(types.map((d) => [d.name, d.args[0]])).toEqual([
      ['application/vnd.apache.parquet', 'parquet'],
    ]);
  });

  it('Apache asks for a password for data/restricted/, refuses background requests with 403', () => {
    const host = apache.find((d) => d.name === 'VirtualHost');
    const root = host?.children?.find((d) => d.name === 'DocumentRoot')?.args[0] ?? '';
    const restricted = only(
      (host?.children ?? []).filter(
        (d) => d.name === 'Directory' && d.args[0] === `${root}/data/restricted`,
      ),
      'restricted Directory',
    );
    const inside = (restricted.children ?? []).map((d) => [d.name, ...d.args].join(' '));
    expect(inside).toEqual([
      'AuthType Basic',
      'AuthName War Room restricted data',
      'AuthBasicProvider file',
      'AuthUserFile /etc/apache2/war-room.htpasswd',
      'RequireAll',
      `Header always set Cache-Control ${CACHE_PRIVATE}`,
    ]);
    // Without a password only a navigation may go on to the prompt (401); the app's background
    // requests are refused before it (403), as nginx does, so a wall never stands at a prompt.
    const all = (restricted.children ?? []).find((d) => d.name === 'RequireAll');
    expect(all?.children?.map((d) => [d.name, ...d.args].join(' '))).toEqual([
      "Require expr %{HTTP:Sec-Fetch-Mode} == 'navigate' || -n %{HTTP:Authorization}",
      'Require valid-user',
    ]);
  });

  it("ships frame-ancestors 'none' in both configs, as one variable a deploy may change", () => {
    expect([nginxFrame, apacheFrame]).toEqual(["'none'", "'none'"]);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});
