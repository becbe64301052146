// Run by install.test.ts with plain node against an installed `seam`: a decode thread of the
// replicator (worker_threads) starts from the compiled package and decodes a chunk. Prints the
// result; a thread that fails to load answers { ok: false, reason: 'a decode thread …' }.
const lib = process.argv[2]; // <prefix>/lib/node_modules
const replicator = `${lib}/@seam/replicator/dist`;
const { ChunkPacker } = await import(`${replicator}/runtime/chunk.js`);
const { DecodePool } = await import(`${replicator}/runtime/decode-pool.js`);
const { createLogger, parseReplicatorConfig } = await import(`${replicator}/index.js`);

const { source } = parseReplicatorConfig({
  service: 's',
  source: { topicPrefix: 'p' },
  tables: [{ source: 'public.t' }],
});
// The pool's threads do not keep a process alive (a replicator's consumer does): hold it here.
const alive = setTimeout(() => {}, 120_000);
const pool = new DecodePool(1, source, 'postgres', createLogger({ level: 'silent' }));
const result = await pool.prepare(new ChunkPacker().pack('t', 0, [], []));
await pool.close();
clearTimeout(alive);
console.log(JSON.stringify(result));
