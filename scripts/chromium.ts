/**
 * Which Chromium the browser tests and the font budget launch. Our machines cannot download browsers:
 * CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own (undefined: a contributor with
 * internet who ran `npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH: string | undefined = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
