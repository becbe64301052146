import { open } from 'node:fs/promises';
import { SeamError } from '@seam/core';

/** The first `bytes` of a file as UTF-8, without reading the rest (errors as fs gives them). */
export async function readHead(path: string, bytes = 4096): Promise<string> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await file.close();
  }
}

/** readHead, with a missing or unreadable file as the SeamError every reader gives. */
export async function readHeadOf(path: string, bytes = 4096): Promise<string> {
  try {
    return await readHead(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SeamError(
      code === 'ENOENT' ? 'SEAM_FILE_NOT_FOUND' : 'SEAM_FILE_UNREADABLE',
      code === 'ENOENT' ? `${path} does not exist.` : `${path} cannot be read (${code ?? 'error'}).`,
      { cause: error },
    );
  }
}
