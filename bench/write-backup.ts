/**
 * Writes the shortlists bench's backup file, for profiling an import by hand:
 *   npx tsx bench/write-backup.ts 100000 /tmp/backup-100000.json
 */
import { writeFileSync } from 'node:fs';
import { backupText } from '../lib/backup/build-backup';
import { generate } from '../tests/many-creators';

const count = Number(process.argv[2] ?? 10_000);
const out = process.argv[3] ?? `backup-${count}.json`;
writeFileSync(out, (await backupText(generate(count), new Date())).text);
console.log(out);
