/** Files seeding cannot read are named, never passed over in silence (src/seed/seed.ts, unreadFiles). */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFiles, unreadFiles } from '../../src/seed/seed.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-unread-'));
  await mkdir(path.join(dir, 'nested'));
  for (const name of ['a.txt', 'b.MD', 'c.yaml', 'page.html', 'notes', 'nested/scan.pdf', 'nested/d.json', '.hidden']) await writeFile(path.join(dir, name), 'x');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('unreadFiles', () => {
  it('lists the files of other kinds found in folders, and reads the rest as before', async () => {
    const { named, inFolders } = await unreadFiles([dir]);
    expect(named).toEqual([]);
    expect(inFolders.map((f) => path.relative(dir, f)).sort()).toEqual(['nested/scan.pdf', 'notes', 'page.html']);
    expect((await articleFiles([dir])).map((f) => path.basename(f))).toEqual(['a.txt', 'b.MD']);
  });

  it('names a file given on its own that is not an article or a structured file', async () => {
    const { named, inFolders } = await unreadFiles([path.join(dir, 'page.html'), path.join(dir, 'a.txt'), path.join(dir, 'notes')]);
    expect(named.map((f) => path.basename(f))).toEqual(['page.html', 'notes']);
    expect(inFolders).toEqual([]);
  });
});
