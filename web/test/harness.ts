import AxeBuilder from '@axe-core/playwright';
import { RegisterPatientDocument, request, SignInDocument, SignUpDocument, type Role } from '@hospital/client';
import { terminate } from '@hospital/kit/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** How long what the page shows may take to follow what was done: a loaded machine answers slowly. */
export const SOON = { timeout: 15_000 };

/**
 * The browser suites' world: `pnpm start`'s own entry (the embedded default, seeded with the
 * demo hospital, the built web app beside the gateway) on fresh SQLite files and free ports,
 * and Debian's Chromium driven by Playwright.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Screenshots of every page the suites visit (not committed). */
export const SHOTS = join(ROOT, 'web/test-results');

/** An API call that must succeed, to set a scene or to read what the page must show: its data. */
export async function call<Result, Variables>(
  url: string,
  document: Parameters<typeof request<Result, Variables>>[1],
  variables: Variables,
  token: string,
): Promise<Result> {
  const { data, errors } = await request(url, document, variables, { token });
  if (!data || errors?.length) throw new Error(`the API refused: ${JSON.stringify(errors)}`);
  return data;
}

/** Whether a browser is here; under CI=true a missing one fails the suite instead (`.ci/run` installs it). */
export const browserAvailable = (): boolean => existsSync(CHROMIUM) || process.env['CI'] === 'true';

export const DEMO = {
  admin: { email: 'admin@maternity.example', password: 'admin-password-1' },
  staff: { email: 'reception@maternity.example', password: 'demo-password-1' },
  stakeholder: { email: 'business@maternity.example', password: 'demo-password-1' },
  doctor: { email: 'olena.kovalenko@maternity.example', password: 'demo-password-1' },
  patient: { email: 'marta.hrytsenko@mail.example', password: 'demo-password-1' },
} as const;

export interface Login {
  email: string;
  password: string;
}

export interface WebStack {
  webUrl: string;
  gatewayUrl: string;
  browser: Browser;
  /** A token for calls the suite makes through the API itself (to set the scene, or to compare). */
  token(login: Login): Promise<string>;
  /** A new patient who signed up herself; her login. */
  newPatient(name: string): Promise<Login & { id: string }>;
  /**
   * The gateway of a second stack on the same files whose clock stands `minutes` later and which only
   * serves (CLOCK_OFFSET_MINUTES, BACKGROUND_WORK=off): what can only be done once a visit's start has
   * passed (completing it, which bills it) or within 2 hours of it (a late cancellation's fee) is done
   * through it, without waiting. Its changes reach the first stack's consumers through the shared outbox.
   */
  ahead(minutes: number): Promise<string>;
  /** A fresh browser context (its own storage: one person), signed in, on the page the role lands on. */
  signedIn(login: Login, options?: { phone?: boolean }): Promise<{ context: BrowserContext; page: Page }>;
  stop(): Promise<void>;
}

function urlAfter(label: string, text: string): string | undefined {
  return new RegExp(`^\\s+${label}\\s+(http\\S+)`, 'm').exec(text)?.[1];
}

async function startStack(
  dataDir: string,
  extra: Record<string, string> = {},
): Promise<{ child: ChildProcess; webUrl: string; gatewayUrl: string }> {
  const ports = Object.fromEntries(
    [
      'GATEWAY',
      'WEB',
      'ACCOUNTS',
      'PATIENTS',
      'DOCTORS',
      'APPOINTMENTS',
      'BILLING',
      'PRESCRIPTIONS',
      'FEEDBACK',
      'ANALYTICS',
      'AUDIT',
    ].map((name) => [`${name}_PORT`, '0']),
  );
  const child = spawn(process.execPath, [join(ROOT, 'stack/dist/embedded.js')], {
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      ...ports,
      // The suites sign in as several people from one address within a minute.
      SIGN_IN_PER_ADDRESS: '10000',
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let printed = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the stack did not start:\n${printed}`)), 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      if (printed.includes('Press Ctrl+C to stop.')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the stack exited (${code}):\n${printed}`));
    });
  });
  const webUrl = urlAfter('web app', printed);
  const gatewayUrl = urlAfter('gateway', printed);
  if (!webUrl || !gatewayUrl) throw new Error(`no URLs in what the stack printed:\n${printed}`);
  return { child, webUrl, gatewayUrl };
}

export async function startWebStack(): Promise<WebStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hospital-web-'));
  mkdirSync(SHOTS, { recursive: true });
  const { child, webUrl, gatewayUrl } = await startStack(dataDir);
  const children = [child];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Root in a container has no sandbox to drop into; this machine's network refuses Google's hosts.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const token = async ({ email, password }: Login) => {
    const result = await request(gatewayUrl, SignInDocument, { email, password });
    const value = result.data?.signIn.token;
    if (!value) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
    return value;
  };
  return {
    webUrl,
    gatewayUrl,
    browser,
    token,
    async newPatient(name) {
      const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@mail.example`;
      const password = 'browser-password-1';
      const signUp = (await request(gatewayUrl, SignUpDocument, { input: { email, password } })).data?.signUp;
      if (!signUp) throw new Error(`sign-up of ${email} failed`);
      const phone = `+38050${String(Date.now()).slice(-7)}`;
      const input = { name, email, phone, dateOfBirth: '1994-05-17', address: '12 Khreshchatyk St, Kyiv' };
      const registered = await request(gatewayUrl, RegisterPatientDocument, { input }, { token: signUp.token });
      if (!registered.data) throw new Error(`registering ${name} failed: ${JSON.stringify(registered.errors)}`);
      return { email, password, id: registered.data.registerPatient.id };
    },
    async ahead(minutes) {
      const later = await startStack(dataDir, { CLOCK_OFFSET_MINUTES: String(minutes), BACKGROUND_WORK: 'off' });
      children.push(later.child);
      return later.gatewayUrl;
    },
    async signedIn(login, options = {}) {
      const context = await browser.newContext(
        options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
      );
      const page = await context.newPage();
      failOnPageErrors(page);
      await page.goto(webUrl);
      await page.getByLabel('E-mail').fill(login.email);
      await page.getByLabel('Password').fill(login.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      return { context, page };
    },
    async stop() {
      await browser.close();
      for (const running of children.reverse()) await terminate(running);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A script error or a refused resource (a CSP or CORS refusal among them) fails the test that caused it. */
function failOnPageErrors(page: Page): void {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('close', () => {
    expect(problems, 'errors in the page').toEqual([]);
  });
}

/**
 * The page as axe sees it (WCAG 2.1 A and AA): no serious or critical violation; and a
 * screenshot under web/test-results/<name>.png.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  expect(serious, `accessibility of ${name}`).toEqual([]);
}

export type { Role };
