/**
 * Which Chromium the browser tests and the size budget launch, and how. Our machines cannot download browsers:
 * CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own (undefined: a contributor with
 * internet who ran `npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH: string | undefined = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Playwright's own `--disable-features` list (playwright-core's chromiumSwitches.ts, as of 1.65): Chromium keeps
 * only the last `--disable-features` switch on its command line, so ours must carry Playwright's too
 * (tests/unit/chromium-args.test.ts compares the two).
 */
const PLAYWRIGHT_DISABLED = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Work the desktop browser does on every page that no test looks at. RenderDocument builds a new frame for each
 * document a tab opens; without it the tab's frame is reused for the next document, and what a page sees is the
 * same. The others read or classify the page for the browser's own features (translation, page annotations,
 * autofill hints, phishing models) or keep a spare renderer warm. Claim pages loaded and resized as the walk
 * does: 0.38 against 0.46 s of Chromium CPU a page, saved in the renderer, the browser and the GPU process;
 * the whole browser suite, 264 against 327 core-seconds (136 against 166 s, run back to back).
 */
const UNUSED_FEATURES = [
  'RenderDocument',
  'Translate',
  'OptimizationGuideModelDownloading',
  'OptimizationHintsFetching',
  'PageContentAnnotations',
  'AutofillServerCommunication',
  'ClientSideDetectionModel',
  'SpareRendererForSitePerProcess',
];

/**
 * As root in a container (no sandbox, no GPU, a small /dev/shm), without Chromium's background services.
 * `--max-opt=1` keeps V8 to its baseline compiler: a test loads a page, runs axe-core or a few lines once
 * and leaves, and the optimising compilers spent as much CPU again compiling that code on the other core
 * (axe on an article page: 0.44 s of renderer CPU against 0.92 s; the whole walk, 95 s against 125 s).
 * What a test sees is the same: the compiler tier changes speed, not behaviour.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--js-flags=--max-opt=1',
  `--disable-features=${[...PLAYWRIGHT_DISABLED, ...UNUSED_FEATURES].join(',')}`,
];
