/**
 * `npm run docs:errors`: writes the table of build errors into CONTRIBUTING.md, between its markers,
 * from the message catalogue (src/model/messages.ts). Run it after changing a message.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { errorTable, TABLE_END, TABLE_START } from '../src/catalog/error-table.ts';

const file = 'CONTRIBUTING.md';
const text = readFileSync(file, 'utf8');
const start = text.indexOf(TABLE_START);
const end = text.indexOf(TABLE_END);
if (start === -1 || end === -1) {
  console.error(`${file} has no generated error table; add the two marker lines where it belongs:\n${TABLE_START}\n${TABLE_END}`);
  process.exit(1);
}
writeFileSync(file, `${text.slice(0, start)}${errorTable()}${text.slice(end + TABLE_END.length)}`);
console.log(`${file}: error table written from the catalogue`);
