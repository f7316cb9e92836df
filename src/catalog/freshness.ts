/**
 * The checks of each dataset's `update` block: that it can work (a date column to measure freshness
 * against, a way to make every column), and a warning for data older than its frequency allows.
 */
import { formatIsoDate } from '../model/dates.ts';
import { ContentError } from '../model/errors.ts';
import { dateColumnOf, freshness, STALE_AFTER_MONTHS } from '../model/freshness.ts';
import type { Dataset } from './load.ts';

function updateErrors(dataset: Dataset): ContentError[] {
  const update = dataset.meta.update!;
  const names = dataset.table.columns.map((column) => column.name);
  const fail = (path: PropertyKey[], message: string) =>
    new ContentError({ file: dataset.file, line: dataset.yaml.lineOf(path), code: 'dataset-update', message: `${message}; columns: ${names.join(', ')}` });
  const date = dateColumnOf(dataset.table);
  if (!date) return [fail(['update', 'frequency'], 'update.frequency needs a date column to tell how fresh the data is, and this dataset has none')];
  if (!update.columns) return [];
  const unknown = Object.keys(update.columns).filter((name) => !names.includes(name));
  const unmade = names.filter((name) => name !== date.name && !(name in update.columns!));
  return [
    ...unknown.map((name) => fail(['update', 'columns', name], `update.columns names "${name}", not a column of this dataset`)),
    ...unmade.map((name) => fail(['update', 'columns'], `update.columns does not say how to make "${name}"`)),
  ];
}

function staleWarning(dataset: Dataset, today: Date): ContentError | undefined {
  const update = dataset.meta.update!;
  const fresh = freshness(dataset.table, update.frequency, today);
  if (!fresh?.stale) return undefined;
  const fix = update.url ? `run npm run data:update ${dataset.id}` : 'add the newer rows by hand from its source';
  return new ContentError({
    file: dataset.file,
    line: dataset.yaml.lineOf(['update', 'frequency']),
    code: 'data-stale',
    message: `last observation ${formatIsoDate(fresh.last, fresh.precision)}, ${fresh.monthsBehind} months before this build; a ${update.frequency} series is stale after ${STALE_AFTER_MONTHS[update.frequency]} months: ${fix}`,
  });
}

/** Problems with the `update` blocks of `datasets`, judged on `today` (the build's date). */
export function freshnessProblems(datasets: Iterable<Dataset>, today: Date): ContentError[] {
  return [...datasets].flatMap((dataset) => {
    if (!dataset.meta.update) return [];
    const errors = updateErrors(dataset);
    const stale = errors.length ? undefined : staleWarning(dataset, today);
    return stale ? [...errors, stale] : errors;
  });
}
