/**
 * `npm run dev-server` on Linux without sudo: it starts, serves the pages over https with a
 * certificate office-addin-dev-certs generated but could not install, and with DEV_SERVER_HTTP=1
 * over plain http. The certificate is made in a temporary HOME first, so the test never tries to
 * install a CA on the machine.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import * as net from 'net';
import { generateCertificates } from 'office-addin-dev-certs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function get(url: string): Promise<{ status: number; body: string }> {
  const client = url.startsWith('https') ? https : http;
  return new Promise((resolve, reject) => {
    client.get(url, { rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

/** Polls until the server answers (it compiles first); fails with the server's output if it exits. */
async function waitForServer(url: string, child: ChildProcess, output: () => string): Promise<{ status: number; body: string }> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`dev-server exited (${child.exitCode}):\n${output()}`);
    try {
      const res = await get(url);
      if (res.status === 200) return res;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function serve(env: Record<string, string>): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const port = await freePort();
  let out = '';
  const child = spawn('npm', ['run', 'dev-server'], {
    cwd: ROOT,
    env: { ...process.env, ...env, DEV_SERVER_PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  return { child, port, output: () => out.slice(-3000) };
}

function stop(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}

describe('npm run dev-server', () => {
  test('serves the task pane over https with the generated certificate', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'task-ledger-home-'));
    const dir = path.join(home, '.office-addin-dev-certs');
    await generateCertificates(path.join(dir, 'ca.crt'), path.join(dir, 'localhost.crt'), path.join(dir, 'localhost.key'));
    const { child, port, output } = await serve({ HOME: home });
    try {
      const res = await waitForServer(`https://localhost:${port}/taskpane.html`, child, output);
      expect(res.body).toContain('taskpane.css');
      expect((await get(`https://localhost:${port}/manifest.xml`)).status).toBe(200);
      expect(output()).not.toContain('Installing CA certificate');
    } finally {
      stop(child);
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 300_000);

  test('serves plain http when asked (DEV_SERVER_HTTP=1)', async () => {
    const { child, port, output } = await serve({ DEV_SERVER_HTTP: '1' });
    try {
      const res = await waitForServer(`http://localhost:${port}/commands.html`, child, output);
      expect(res.body).toContain('office.js');
    } finally {
      stop(child);
    }
  }, 300_000);
});
