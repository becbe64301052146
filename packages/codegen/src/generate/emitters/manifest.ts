import { MANIFEST_FILE } from '../../manifest.js';
import { json } from '../relations.js';
import type { Emitter } from '../types.js';

/** seam-generate.json, what `seam migrate` and `seam capture` read: last, as it lists every file. */
export const manifest: Emitter = (run) => {
  run.manifest.files = [...run.files.map((f) => f.path), MANIFEST_FILE].sort();
  return [{ path: MANIFEST_FILE, content: json(run.manifest) }];
};
