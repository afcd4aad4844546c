/**
 * The UI over 100,000 debtors (300,000 phones), in Chromium through the browser harness (the real
 * renderer bundle, preload API, IPC handlers and services; see e2e/harness): first paint of the list,
 * search keystrokes, rows in the DOM, the page's heap, and click-to-wire for dials.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../e2e/harness/chromium.ts';
import { launchHarness, type Harness } from '../e2e/harness/launch-harness.ts';
import { setUpFirstAdmin } from '../e2e/support/session-ui.ts';
import { importDebtorsFile } from '../src/main/import/import-debtors.ts';
import { openStore } from '../src/main/store/open-store.ts';
import { normalizeNumber } from '../src/shared/phone-number.ts';
import { writeDebtorsCsv } from './generate-debtors-csv.ts';
import * as probe from './page-probes.ts';
import { startStampListener } from './stamp-listener-client.ts';
import { median, percentile } from './stats.ts';

export type BrowserFigures = {
  readonly list_first_paint_100k_ms: number;
  readonly search_keystroke_p50_ms: number;
  readonly search_keystroke_p95_ms: number;
  readonly dom_rows_100k: number;
  readonly renderer_heap_mb_100k: number;
  readonly dial_click_to_wire_p50_ms: number;
  readonly dial_click_to_wire_p99_ms: number;
  /** The page's epoch clock minus this process's, estimated over the round trip that took least. */
  readonly page_clock_offset_ms: number;
};

export type BrowserOptions = { readonly debtors?: number; readonly clicks?: number; readonly reloads?: number };

/**
 * What is typed into "Search debtors", one character at a time; the box is cleared before each.
 * Names, a phone number as people type it, a file-number prefix: 40 keystrokes.
 */
export const SEARCHES = ['Sofia Sch', 'Lefèvre', '212-555-01', '100001', 'Zach', 'Bud', 'Okafor'];

const countLine = (total: number): string => (total === 1 ? '1 debtor' : `${total.toLocaleString('en-US')} debtors`);

/** A user-data folder whose database holds `count` generated debtors, imported with the core. */
async function databaseWith(count: number, dir: string): Promise<string> {
  const csv = join(dir, 'debtors.csv');
  await writeDebtorsCsv(count, csv);
  const dbDir = join(dir, 'user-data');
  const { store } = openStore(dbDir, { seed: false });
  const dbPath = store.location;
  await store.close();
  const outcome = await importDebtorsFile(dbPath, csv);
  if (outcome.status !== 'imported' || outcome.inserted !== count) throw new Error(`The benchmark data did not import: ${JSON.stringify(outcome)}`);
  return dbDir;
}

/**
 * Polls `expression` in the page until it is truthy and returns its value. (page.waitForFunction with
 * a string would evaluate it with eval, which the app's CSP forbids; page.evaluate does not.)
 */
async function waitInPage(page: Page, expression: string, what: string, timeoutMs = 30_000): Promise<unknown> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const value: unknown = await page.evaluate(expression);
    if (value) return value;
    if (performance.now() > until) throw new Error(`Waited ${timeoutMs} ms for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function waitForCount(page: Page, total: number): Promise<void> {
  await waitInPage(page, `${probe.COUNT_TEXT} === ${JSON.stringify(countLine(total))}`, `the list to say ${countLine(total)}`);
}

/** Navigation to the first debtor row on screen, `reloads` times (the session stays signed in). */
async function firstPaint(page: Page, reloads: number): Promise<number[]> {
  await page.addInitScript({ content: probe.FIRST_ROW_PROBE });
  const times: number[] = [];
  for (let i = 0; i < reloads; i += 1) {
    await page.reload();
    times.push(Number(await waitInPage(page, probe.FIRST_ROW_AT, 'the first debtor row')));
  }
  return times;
}

async function domRows(page: Page): Promise<number> {
  const counts: number[] = [];
  for (const fraction of [0, 0.5, 1]) {
    if (!(await page.evaluate(probe.scrollListTo(fraction)))) throw new Error(`The list's rows did not load at ${fraction * 100}% of it.`);
    counts.push(Number(await page.evaluate(probe.DOM_ROWS)));
  }
  await page.evaluate(probe.scrollListTo(0));
  return Math.max(...counts);
}

async function keystrokes(harness: Harness, total: number): Promise<number[]> {
  const { page } = harness;
  const box = page.getByLabel('Search debtors');
  const times: number[] = [];
  for (const text of SEARCHES) {
    await box.fill('');
    await waitForCount(page, total);
    await box.click();
    for (let end = 1; end <= text.length; end += 1) {
      await page.evaluate(probe.ARM_KEYSTROKE);
      await page.keyboard.type(text.charAt(end - 1));
      const ms = Number(await page.evaluate(probe.KEYSTROKE_RESULT));
      const query = text.slice(0, end);
      if (ms < 0) throw new Error(`The list did not update within 5 s after typing "${query}".`);
      const expected = countLine((await harness.services.store.debtors.search(query, 0, 1)).total);
      const shown = String(await page.evaluate(probe.COUNT_TEXT));
      if (shown !== expected) throw new Error(`After typing "${query}" the list says "${shown}", the database "${expected}".`);
      times.push(ms);
      if (process.env['BENCH_VERBOSE'] === '1') console.log(`keystroke ${JSON.stringify(query)}: ${ms.toFixed(1)} ms (${shown})`);
    }
  }
  await box.fill('');
  await waitForCount(page, total);
  return times;
}

async function heapMegabytes(harness: Harness): Promise<number> {
  const cdp = await harness.context.newCDPSession(harness.page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

async function pageClockOffset(page: Page): Promise<number> {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 20; i += 1) {
    const t0 = performance.timeOrigin + performance.now();
    const inPage = Number(await page.evaluate(probe.EPOCH_NOW));
    const t1 = performance.timeOrigin + performance.now();
    if (t1 - t0 < best.rtt) best = { rtt: t1 - t0, offset: inPage - (t0 + t1) / 2 };
  }
  return best.offset;
}

const DIAL_LABEL = /^Dial (.+) \((.+)\)$/;
/** The app's duplicate guard ignores the same number within 2 s; a little margin on top. */
const REPEAT_AFTER_MS = 2500;

/**
 * Clicks `clicks` phone buttons of the list (scrolling down as it goes), each a number not dialed in
 * the last 2.5 s, and pairs each click's time in the page with its datagram's arrival at a listener in
 * a process of its own. Both are stamped with performance.timeOrigin + performance.now().
 */
async function clickToWire(harness: Harness, clicks: number): Promise<number[]> {
  const { page, services } = harness;
  const listener = await startStampListener();
  try {
    const admin = (await services.store.operators.list()).find((operator) => operator.code === 'ADA');
    if (admin === undefined) throw new Error('The administrator ADA was not set up.');
    await services.store.operators.update(admin.id, { code: admin.code, name: admin.name, useSoftphone: true, note2: `UDP:/127.0.0.1:${listener.port}:452` });
    await page.evaluate(probe.CLICK_STAMPS);
    const arrivals: number[] = [];
    const lastDialed = new Map<string, number>();
    while (arrivals.length < clicks) {
      const target = (await page.evaluate(probe.NEXT_PHONE_BUTTON)) as { label: string; x: number; y: number } | null;
      if (target === null) {
        if (!(await page.evaluate(probe.SCROLL_LIST_ONE_SCREEN))) throw new Error('The list did not load its next rows.');
        continue;
      }
      const number = DIAL_LABEL.exec(target.label)?.[1] ?? '';
      const normalized = normalizeNumber(number);
      if (!normalized.ok) throw new Error(`The button "${target.label}" does not hold a dialable number.`);
      const digits = normalized.value.digits;
      if (performance.now() - (lastDialed.get(digits) ?? -Infinity) < REPEAT_AFTER_MS) continue;
      await page.mouse.click(target.x, target.y);
      const datagram = await listener.next();
      if (datagram.text !== `452,${digits}`) throw new Error(`Clicked "${target.label}" but "${datagram.text}" arrived.`);
      lastDialed.set(digits, performance.now());
      arrivals.push(datagram.at);
      // Let the outcome and the dial log render before the next button is looked up.
      await page.waitForTimeout(25);
    }
    const clicked = (await page.evaluate(probe.CLICK_TIMES)) as number[];
    if (clicked.length !== arrivals.length) throw new Error(`${clicked.length} clicks were seen in the page for ${arrivals.length} datagrams.`);
    return arrivals.map((at, i) => at - (clicked[i] ?? Number.NaN));
  } finally {
    listener.close();
  }
}

export async function measureBrowser(options: BrowserOptions = {}): Promise<BrowserFigures> {
  const debtors = options.debtors ?? 100_000;
  const dir = mkdtempSync(join(tmpdir(), 'softphone-ui-bench-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
  try {
    const harness = await launchHarness(browser, { dbDir: await databaseWith(debtors, dir) });
    try {
      await setUpFirstAdmin(harness.page, { loadSampleData: false });
      const paints = await firstPaint(harness.page, options.reloads ?? 5);
      await waitForCount(harness.page, debtors);
      const rows = await domRows(harness.page);
      const typing = await keystrokes(harness, debtors);
      const offset = await pageClockOffset(harness.page);
      const wire = await clickToWire(harness, options.clicks ?? 500);
      return {
        list_first_paint_100k_ms: median(paints),
        search_keystroke_p50_ms: percentile(typing, 50),
        search_keystroke_p95_ms: percentile(typing, 95),
        dom_rows_100k: rows,
        renderer_heap_mb_100k: await heapMegabytes(harness),
        dial_click_to_wire_p50_ms: percentile(wire, 50),
        dial_click_to_wire_p99_ms: percentile(wire, 99),
        page_clock_offset_ms: offset,
      };
    } finally {
      await harness.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  process.env['PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD'] = '1';
  console.log(await measureBrowser({ clicks: Number(process.argv[2] ?? 500) }));
}
