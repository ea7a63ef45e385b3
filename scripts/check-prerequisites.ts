/**
 * The programs outside node_modules that `npm test` needs, checked before any test runs: without
 * them the suite would type-check and lint for minutes and then fail tests in milliseconds with no
 * hint (issue 16). Run by scripts/test-tiers.ts, or alone: `npx tsx scripts/check-prerequisites.ts`.
 *
 * Who needs what (keep in step with the tests; check-prerequisites.test.ts lists the test files
 * that start programs and fails when a new one appears):
 * - Chromium: the component tier (vitest.config.ts) and the browser journeys (harness.ts,
 *   injection-helpers.ts, resilience-helpers.ts) launch `CHROMIUM_PATH`, or `/usr/bin/chromium`.
 * - nginx: tests/browser/deploy-nginx.test.ts serves the build with Debian's nginx (found in
 *   /usr/sbin or on PATH) and includes /etc/nginx/mime.types.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the check may ask of the machine; tests pass a fake one. */
export interface SystemLookup {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when the path is a file this user may run. */
  isExecutable(file: string): boolean;
  /** True when the path is a file this user may read. */
  isReadable(file: string): boolean;
}

export interface Bilingual {
  readonly th: string;
  readonly en: string;
}

/** A program the suite needs and cannot find. */
export interface MissingPrerequisite {
  readonly program: string;
  readonly problem: Bilingual;
  /** The Debian package that brings it, or null when the fix is a setting, not an install. */
  readonly debianPackage: string | null;
}

/** A program the suite needs, found where the tests will look for it. */
export interface FoundPrerequisite {
  readonly program: string;
  readonly location: string;
}

export interface PrerequisiteCheck {
  readonly found: readonly FoundPrerequisite[];
  readonly missing: readonly MissingPrerequisite[];
}

/** Where the tests launch Chromium when CHROMIUM_PATH is not set. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
/** The deploy test's nginx config includes this file of Debian's nginx. */
export const NGINX_MIME_TYPES = '/etc/nginx/mime.types';

type Outcome = FoundPrerequisite | MissingPrerequisite;

function checkNginx(lookup: SystemLookup): Outcome {
  // The same search as deploy-nginx.test.ts: Debian puts nginx in /usr/sbin, often not on PATH.
  const dirs = ['/usr/sbin', ...(lookup.env.PATH ?? '').split(':').filter((dir) => dir !== '')];
  const binary = dirs.map((dir) => path.join(dir, 'nginx')).find((f) => lookup.isExecutable(f));
  if (!binary) {
    return {
      program: 'nginx',
      debianPackage: 'nginx',
      problem: {
        th: 'ไม่พบ nginx ใน /usr/sbin หรือ PATH (การทดสอบ deploy ใช้ nginx ของ Debian เสิร์ฟแอปที่ build แล้ว)',
        en: "nginx is not in /usr/sbin or on PATH (the deploy test serves the build with Debian's nginx)",
      },
    };
  }
  if (!lookup.isReadable(NGINX_MIME_TYPES)) {
    return {
      program: 'nginx',
      debianPackage: 'nginx',
      problem: {
        th: `พบ ${binary} แต่ไม่มี ${NGINX_MIME_TYPES} (การทดสอบ deploy ใช้ไฟล์นี้ของ nginx ใน Debian)`,
        en: `${binary} is there but ${NGINX_MIME_TYPES} is not (the deploy test includes Debian's copy)`,
      },
    };
  }
  return { program: 'nginx', location: binary };
}

function checkChromium(lookup: SystemLookup): Outcome {
  const chosen = lookup.env.CHROMIUM_PATH;
  // The tests read `CHROMIUM_PATH ?? '/usr/bin/chromium'`: once set, it alone is used, even empty.
  if (chosen === undefined) {
    if (lookup.isExecutable(DEFAULT_CHROMIUM)) {
      return { program: 'Chromium', location: DEFAULT_CHROMIUM };
    }
    return {
      program: 'Chromium',
      debianPackage: 'chromium',
      problem: {
        th: `ไม่พบ ${DEFAULT_CHROMIUM} (ชั้น component และ browser เปิด Chromium ของ Debian; ตั้ง CHROMIUM_PATH เพื่อใช้ตัวอื่น)`,
        en: `${DEFAULT_CHROMIUM} is not there (the component and browser tiers launch Debian's Chromium; set CHROMIUM_PATH to use another)`,
      },
    };
  }
  if (chosen !== '' && lookup.isExecutable(chosen)) {
    return { program: 'Chromium', location: chosen };
  }
  const shown = chosen === '' ? '(ว่าง · empty)' : chosen;
  return {
    program: 'Chromium',
    // Unsetting CHROMIUM_PATH is enough when Debian's Chromium is already installed.
    debianPackage: lookup.isExecutable(DEFAULT_CHROMIUM) ? null : 'chromium',
    problem: {
      th: `CHROMIUM_PATH=${shown} ไม่ใช่ไฟล์ที่รันได้: ตั้งให้ชี้ไปที่ Chromium หรือยกเลิก (unset) เพื่อใช้ ${DEFAULT_CHROMIUM}`,
      en: `CHROMIUM_PATH=${shown} is not a file you can run: point it at a Chromium, or unset it to use ${DEFAULT_CHROMIUM}`,
    },
  };
}

/** Each program the suite needs, in the order the install command names their packages. */
const CHECKS: readonly ((lookup: SystemLookup) => Outcome)[] = [checkNginx, checkChromium];

export function checkPrerequisites(lookup: SystemLookup): PrerequisiteCheck {
  const outcomes = CHECKS.map((check) => check(lookup));
  return {
    found: outcomes.filter((o): o is FoundPrerequisite => 'location' in o),
    missing: outcomes.filter((o): o is MissingPrerequisite => 'problem' in o),
  };
}

/** The one command that installs every missing package, or null when none is needed. */
export function installCommand(missing: readonly MissingPrerequisite[]): string | null {
  const packages = [...new Set(missing.flatMap((m) => (m.debianPackage ? [m.debianPackage] : [])))];
  if (packages.length === 0) return null;
  return `sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/** What to print when something is missing: each problem, then how to fix it, Thai first. */
export function missingReport(missing: readonly MissingPrerequisite[]): string {
  const lines = [
    'npm test: ยังไม่ได้รันการทดสอบใด ๆ เพราะขาดโปรแกรมที่ต้องใช้ · no test was run: programs the tests need are missing',
    '',
    ...missing.flatMap((m) => [`- ${m.program}: ${m.problem.th}`, `  ${m.problem.en}`]),
  ];
  const command = installCommand(missing);
  if (command) {
    lines.push(
      '',
      'ติดตั้งบน Debian/Ubuntu ด้วยคำสั่งนี้ (เครื่องใหม่: รัน sudo apt-get update ก่อน) แล้วรัน npm test อีกครั้ง',
      'Install on Debian/Ubuntu with this command (on a new machine run sudo apt-get update first), then run npm test again:',
      '',
      `  ${command}`,
      '',
      'หรือรัน .ci/run ซึ่งติดตั้งให้แล้วรัน npm ci และ npm test · or run .ci/run, which installs them, then runs npm ci and npm test',
    );
  }
  return lines.join('\n');
}

/** The machine this process runs on. */
export const REAL_SYSTEM: SystemLookup = {
  env: process.env,
  isExecutable: (file) => canAccess(file, constants.X_OK),
  isReadable: (file) => canAccess(file, constants.R_OK),
};

/** A file (a folder is searchable, so `X_OK` alone would pass `/usr/bin`) this user may use so. */
function canAccess(file: string, mode: number): boolean {
  try {
    accessSync(file, mode);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Prints what was found, or what is missing and how to install it; false when something is missing. */
export function reportPrerequisites(lookup: SystemLookup = REAL_SYSTEM): boolean {
  const { found, missing } = checkPrerequisites(lookup);
  if (missing.length > 0) {
    console.error(missingReport(missing));
    return false;
  }
  console.log(
    `โปรแกรมที่ต้องใช้ครบ · prerequisites found: ${found.map((f) => `${f.program} ${f.location}`).join(', ')}`,
  );
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!reportPrerequisites()) process.exitCode = 1;
}
