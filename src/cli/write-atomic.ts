/**
 * Writing a file whole or not at all: the text goes to a temporary file in the same folder (so that the rename
 * stays on one file system), is flushed to the disk, then renamed over the file. A reader sees the old file or the
 * new one, never a part; a failure (a full disk, a read-only folder) leaves the old file as it was, and no temporary
 * file behind. The temporary file's name starts with a dot, so that a folder's articles never include it.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}
