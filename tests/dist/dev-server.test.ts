/**
 * `npm run dev` tells the truth about a broken chart: the page answers 500 (never a page cut off
 * half-way with 200), and the terminal names the article file and line. Run on a copy of the project.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { env, project, projectCopy } from './project-copy';

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

test('a chart error in dev answers 500 and names the article file and line', async () => {
  const { root, edit } = projectCopy();
  let line = 0;
  edit('content/articles/venture-market.mdx', (text) => {
    const lines = text.split('\n');
    line = lines.findIndex((candidate) => candidate.startsWith('<Chart ')) + 1;
    lines[line - 1] = lines[line - 1]!.replace(/ y="[^"]+"/, ' y="no_such_column"');
    return lines.join('\n');
  });
  const port = await freePort();
  const dev = spawn(join(project, 'node_modules/.bin/astro'), ['dev', '--port', String(port)], { cwd: root, env, detached: true });
  let output = '';
  dev.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    for (let wait = 0; !output.includes('ready in') && wait < 600; wait++) await new Promise((done) => setTimeout(done, 100));
    // The server may list its routes a moment after it says it is ready.
    let status = 404;
    for (let wait = 0; status === 404 && wait < 50; wait++) {
      status = (await fetch(`http://localhost:${port}/articles/venture-market/`)).status;
      if (status === 404) await new Promise((done) => setTimeout(done, 200));
    }
    expect(status, output).toBe(500);
    await new Promise((done) => setTimeout(done, 300));
    expect(output).toContain(`content/articles/venture-market.mdx:${line}: <Chart>: chart`);
    expect(output).toContain('"no_such_column" is not a column of dataset');
  } finally {
    process.kill(-dev.pid!, 'SIGTERM');
  }
}, 90_000);
