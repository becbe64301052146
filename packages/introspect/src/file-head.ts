import { open } from 'node:fs/promises';

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
