// `npm run runner`: the schedules, the timers lib arms, the HTTP API and the failure alerts, until
// SIGTERM or SIGINT. Stopping aborts the runs under way — each keeps its last committed checkpoint,
// so the next start (or the next replica) resumes there — then closes the API and the database.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { cancelAllRuns } from '../lib/sync/engine';
import { ensureRetentionAlarm } from '../lib/log/retention-alarm';
import { OUTBOX_RECOVERY_ALARM } from '../lib/orders/recovery';
import { createApi } from './api/app';
import type { RunnerConfig } from './config';
import { boot } from './host/boot';
import type { BootOptions } from './host/boot';
import type { RunLog } from './host/run-log';
import { startSchedules } from './host/schedules';
import { templateControl } from './host/template-control';

/** Docker's default stop grace is 10 s; compose.yaml gives the runner longer (stop_grace_period). */
const STOP_WAIT_MS = 25_000;

export interface Serving {
  /** The API's port (0 in the config picks a free one); undefined with no token configured. */
  port?: number;
  stop(): Promise<void>;
}

function listen(app: ReturnType<typeof createApi>, host: string, port: number) {
  return new Promise<{ port: number; close(): Promise<void> }>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) =>
      resolve({
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
    server.once('error', reject);
  });
}

export async function startServing(
  config: RunnerConfig,
  log: RunLog,
  options: BootOptions = {},
): Promise<Serving> {
  const host = await boot(config, log, options);
  const schedules = startSchedules(config, host.runs, log);
  const lines = Object.entries(schedules.describe()).map(([id, line]) => `${id} ${line}`);
  log.info(`schedules: ${lines.join('; ') || 'none (no template is switched on)'}`);
  await ensureRetentionAlarm();
  // A first recovery pass at start, as the extension's worker does: a stop mid-submission left records open.
  await host.timers.create(OUTBOX_RECOVERY_ALARM, { when: Date.now() });

  let api: { port: number; close(): Promise<void> } | undefined;
  if (config.api.token) {
    const app = createApi({
      store: host.store,
      token: config.api.token,
      allowedOrigins: config.api.allowedOrigins,
      templates: templateControl(host.store, host.runs, schedules),
      onError: (error) => log.error(`API error: ${error instanceof Error ? error.name : 'unknown'}`),
    });
    api = await listen(app, config.api.host, config.api.port);
    // Bound to every interface: the alerts' links name this machine (BRIDGE_PUBLIC_URL says better).
    const linkHost = ['0.0.0.0', '::'].includes(config.api.host) ? 'localhost' : config.api.host;
    host.failures.listeningAt(`http://${linkHost.includes(':') ? `[${linkHost}]` : linkHost}:${api.port}`);
    log.info(`API listening on http://${config.api.host}:${api.port}/api/v1`);
  } else {
    log.info('API off: no API token configured (BRIDGE_API_TOKEN)');
  }

  let stopping: Promise<void> | undefined;
  return {
    ...(api ? { port: api.port } : {}),
    stop: () =>
      (stopping ??= (async () => {
        schedules.stop();
        host.timers.stop();
        cancelAllRuns();
        const waited = await Promise.race([
          host.runs.idle().then(() => true),
          new Promise<false>((resolve) => setTimeout(() => resolve(false), STOP_WAIT_MS).unref()),
        ]);
        if (!waited) log.error('stopping without waiting longer for runs to end');
        await api?.close();
        await host.close();
      })()),
  };
}
