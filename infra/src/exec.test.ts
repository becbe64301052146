import { describe, expect, it } from 'vitest';
import { exec, run, start, stop } from './exec.js';

const node = process.execPath;

describe('the one process runner', () => {
  it('passes input, environment and working folder, and collects both streams and the exit code', async () => {
    const r = await run(
      node,
      [
        '-e',
        'process.stdin.pipe(process.stdout); console.error(process.env.SEAM_X, process.cwd()); process.exitCode = 3',
      ],
      { input: 'from stdin', env: { SEAM_X: 'x-value' }, cwd: '/tmp' },
    );
    expect(r).toMatchObject({ code: 3, signal: null, stdout: 'from stdin' });
    expect(r.stderr).toBe('x-value /tmp\n');
  });

  it('resolves with code 127 and the reason when the program does not exist', async () => {
    const r = await run('/nonexistent/seam-program', []);
    expect(r.code).toBe(127);
    expect(r.stderr).toMatch(/ENOENT/);
    expect((await exec('/nonexistent/seam-program', [])).output).toMatch(/ENOENT/);
  });

  it('stops a program after its timeout, and a started one on request, keeping the last of its output', async () => {
    const slow = await run(node, ['-e', 'setTimeout(() => {}, 60000)'], { timeoutMs: 200 });
    expect(slow).toMatchObject({ code: 1, signal: 'SIGTERM' });
    const chatty = start(
      node,
      ['-e', 'process.stdout.write("a".repeat(5000) + "END"); setInterval(() => {}, 1000)'],
      {
        keepLast: 10,
      },
    );
    await new Promise((resolve) => chatty.child.stdout?.once('data', resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const r = await stop(chatty);
    expect(r.signal).toBe('SIGTERM');
    expect(r.stdout).toBe('aaaaaaaEND');
  });
});
