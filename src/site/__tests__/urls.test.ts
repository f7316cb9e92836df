import { describe, expect, test } from 'vitest';
import { basePath, repositoryUrl } from '../../site.config';
import { sitePath, withBase } from '../urls';

describe('base path', () => {
  test('comes from the site URL, with both slashes', () => {
    expect(basePath('https://example.org')).toBe('/');
    expect(basePath('https://owner.github.io/pivot-point')).toBe('/pivot-point/');
    expect(basePath('https://owner.github.io/pivot-point/')).toBe('/pivot-point/');
  });

  test('prefixes site paths and leaves other URLs alone', () => {
    expect(withBase('/data/x/', '/pivot-point/')).toBe('/pivot-point/data/x/');
    expect(withBase('/', '/pivot-point/')).toBe('/pivot-point/');
    expect(withBase('/data/x/', '/')).toBe('/data/x/');
    for (const url of ['#chart', 'https://fred.stlouisfed.org/', '//cdn.example/x', 'mailto:a@b.c']) expect(withBase(url, '/pivot-point/')).toBe(url);
  });

  test('strips back to the site path', () => {
    expect(sitePath('/pivot-point/articles/x/', '/pivot-point/')).toBe('/articles/x/');
    expect(sitePath('/pivot-point/', '/pivot-point/')).toBe('/');
    expect(sitePath('/articles/x/', '/')).toBe('/articles/x/');
  });
});

describe('repository URL', () => {
  const none = () => undefined;
  test('REPOSITORY_URL wins, without .git or a trailing slash', () => {
    expect(repositoryUrl({ REPOSITORY_URL: 'https://github.com/o/r.git' }, () => 'git@github.com:x/y.git')).toBe('https://github.com/o/r');
    expect(repositoryUrl({ REPOSITORY_URL: 'https://codeberg.org/o/r/' }, none)).toBe('https://codeberg.org/o/r');
  });

  test('else the origin remote, in its SSH or HTTPS form', () => {
    expect(repositoryUrl({}, () => 'git@github.com:owner/pivot-point.git')).toBe('https://github.com/owner/pivot-point');
    expect(repositoryUrl({}, () => 'https://github.com/owner/pivot-point.git')).toBe('https://github.com/owner/pivot-point');
  });

  test('is left out for a local clone or no remote, so no link points at a placeholder', () => {
    expect(repositoryUrl({}, () => '/work/main')).toBeUndefined();
    expect(repositoryUrl({}, () => 'file:///srv/repo.git')).toBeUndefined();
    expect(repositoryUrl({}, none)).toBeUndefined();
  });
});
