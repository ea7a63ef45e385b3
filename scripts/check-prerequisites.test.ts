import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkPrerequisites,
  installCommand,
  missingReport,
  type SystemLookup,
} from './check-prerequisites';
import { REPO_ROOT } from './demo-data/options';

/** A machine holding exactly these files (all runnable and readable), with this environment. */
function machine(files: readonly string[], env: Record<string, string> = {}): SystemLookup {
  const present = new Set(files);
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    isExecutable: (file) => present.has(file),
    isReadable: (file) => present.has(file),
  };
}

const DEBIAN = ['/usr/bin/chromium', '/usr/sbin/nginx', '/etc/nginx/mime.types'];
const BOTH = 'sudo apt-get install -y --no-install-recommends nginx chromium';

describe('checkPrerequisites', () => {
  it('finds Debian’s Chromium and nginx, with nothing to install', () => {
    const check = checkPrerequisites(machine(DEBIAN));
    expect(check.missing).toEqual([]);
    expect(check.found).toEqual([
      { program: 'nginx', location: '/usr/sbin/nginx' },
      { program: 'Chromium', location: '/usr/bin/chromium' },
    ]);
    expect(installCommand(check.missing)).toBeNull();
  });

  it('names nginx and the command to install it when nginx is missing', () => {
    const { missing } = checkPrerequisites(machine(['/usr/bin/chromium']));
    expect(missing.map((m) => [m.program, m.debianPackage])).toEqual([['nginx', 'nginx']]);
    expect(installCommand(missing)).toBe('sudo apt-get install -y --no-install-recommends nginx');
    const report = missingReport(missing);
    expect(report).toContain('\n  sudo apt-get install -y --no-install-recommends nginx\n');
    expect(report).toContain('ไม่พบ nginx ใน /usr/sbin หรือ PATH');
    expect(report).toContain('nginx is not in /usr/sbin or on PATH');
  });

  it('finds nginx on PATH when /usr/sbin has none', () => {
    const check = checkPrerequisites(
      machine(['/usr/bin/chromium', '/opt/nginx/bin/nginx', '/etc/nginx/mime.types'], {
        PATH: '/usr/bin:/opt/nginx/bin',
      }),
    );
    expect(check.missing).toEqual([]);
    expect(check.found[0]).toEqual({ program: 'nginx', location: '/opt/nginx/bin/nginx' });
  });

  it('asks for Debian’s nginx when an nginx has no /etc/nginx/mime.types', () => {
    const { missing } = checkPrerequisites(machine(['/usr/bin/chromium', '/usr/sbin/nginx']));
    expect(missing.map((m) => m.problem.en)).toEqual([
      "/usr/sbin/nginx is there but /etc/nginx/mime.types is not (the deploy test includes Debian's copy)",
    ]);
    expect(installCommand(missing)).toBe('sudo apt-get install -y --no-install-recommends nginx');
  });

  it('names Chromium and the command to install it when /usr/bin/chromium is missing', () => {
    const { missing } = checkPrerequisites(machine(['/usr/sbin/nginx', '/etc/nginx/mime.types']));
    expect(missing.map((m) => [m.program, m.debianPackage])).toEqual([['Chromium', 'chromium']]);
    expect(installCommand(missing)).toBe(
      'sudo apt-get install -y --no-install-recommends chromium',
    );
  });

  it('installs both with one command when both are missing, Thai before English', () => {
    const { missing, found } = checkPrerequisites(machine([]));
    expect(found).toEqual([]);
    expect(installCommand(missing)).toBe(BOTH);
    const report = missingReport(missing);
    expect(report).toContain(`\n  ${BOTH}\n`);
    expect(report.indexOf('ติดตั้งบน Debian')).toBeLessThan(report.indexOf('Install on Debian'));
    expect(report.split('\n')[0]).toBe(
      'npm test: ยังไม่ได้รันการทดสอบใด ๆ เพราะขาดโปรแกรมที่ต้องใช้ · no test was run: programs the tests need are missing',
    );
  });

  it('uses CHROMIUM_PATH alone when it is set, as the tests do', () => {
    const other = machine(['/opt/chrome/chrome', ...DEBIAN.slice(1)], {
      CHROMIUM_PATH: '/opt/chrome/chrome',
    });
    const check = checkPrerequisites(other);
    expect(check.missing).toEqual([]);
    expect(check.found[1]).toEqual({ program: 'Chromium', location: '/opt/chrome/chrome' });
  });

  it('says CHROMIUM_PATH is wrong, and installs nothing, when Debian’s Chromium is there', () => {
    const { missing } = checkPrerequisites(
      machine(DEBIAN, { CHROMIUM_PATH: '/opt/chrome/chrome' }),
    );
    expect(missing).toEqual([
      {
        program: 'Chromium',
        debianPackage: null,
        problem: {
          th: 'CHROMIUM_PATH=/opt/chrome/chrome ไม่ใช่ไฟล์ที่รันได้: ตั้งให้ชี้ไปที่ Chromium หรือยกเลิก (unset) เพื่อใช้ /usr/bin/chromium',
          en: 'CHROMIUM_PATH=/opt/chrome/chrome is not a file you can run: point it at a Chromium, or unset it to use /usr/bin/chromium',
        },
      },
    ]);
    expect(installCommand(missing)).toBeNull();
    expect(missingReport(missing)).not.toContain('apt-get');
  });

  it('treats an empty CHROMIUM_PATH as set (the tests would launch "") and offers the install', () => {
    const { missing } = checkPrerequisites(machine(DEBIAN.slice(1), { CHROMIUM_PATH: '' }));
    expect(missing.map((m) => m.problem.en)).toEqual([
      'CHROMIUM_PATH=(ว่าง · empty) is not a file you can run: point it at a Chromium, or unset it to use /usr/bin/chromium',
    ]);
    expect(installCommand(missing)).toBe(
      'sudo apt-get install -y --no-install-recommends chromium',
    );
  });
});

/** Every file of the suite that could start a program: test files, their helpers, the configs. */
function suiteFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)));
}

describe('the programs the suite starts', () => {
  it('are the ones checked: a new test that starts a program must be added to the check', () => {
    const starters = [
      ...suiteFiles('tests'),
      ...suiteFiles('src').filter((f) => /\.test\.tsx?$/.test(f) || f.includes('/testing')),
      ...suiteFiles('scripts').filter((f) => /\.test\.ts$/.test(f)),
      'vitest.config.ts',
    ]
      // This file names what it looks for, so it would find itself.
      .filter((file) => file !== 'scripts/check-prerequisites.test.ts')
      .filter((file) => {
        const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
        return /node:child_process|executablePath|\.launch\(/.test(text);
      })
      .sort();
    // Each starts: Chromium (CHROMIUM_PATH or /usr/bin/chromium), nginx, or Node itself.
    expect(starters).toEqual([
      'scripts/ingest/cli-loads.test.ts',
      'tests/browser/harness.ts',
      'tests/browser/injection-helpers.ts',
      'tests/browser/nginx-server.ts',
      'tests/browser/resilience-helpers.ts',
      'tests/browser/restricted-tier.test.ts',
      'vitest.config.ts',
    ]);
  });
});
