/**
 * The front cache as the cluster test and the benchmark run it: Debian's nginx
 * with the repository's template (deploy/nginx/resethub.conf.template), its
 * placeholders filled as the nginx image fills them in docker-compose, in a
 * temporary prefix. Also nginx serving one file, the benchmark's baseline.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { root } from './appServer'

export const TEMPLATE = path.join(root, 'deploy/nginx/resethub.conf.template')

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file))

/** Fills `${NAME}` for the names given, like envsubst with a list: nginx's own `$variables` stay. */
export const renderTemplate = (text: string, values: Record<string, string>) => {
  const out = text.replace(/\$\{([A-Z0-9_]+)\}/g, (whole, name: string) =>
    name in values ? values[name] : whole,
  )
  const left = /\$\{([A-Z0-9_]+)\}/.exec(out)
  if (left) throw new Error(`The front cache's template needs ${left[1]}`)
  return out
}

/** A whole nginx.conf around the template, for a prefix of its own (pid, logs, temp files, cache). */
const mainConfig = (prefix: string, site: string) => `
daemon on;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
worker_processes 2;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${site};
}
`

export type FrontCache = { url: string; dir: string; errors: () => string; stop: () => void }

const nginx = (args: string[]) => {
  if (!NGINX) throw new Error('nginx is not installed: apt-get install -y nginx')
  return spawnSync(NGINX, args, { encoding: 'utf8' })
}

/** The front cache's refresh secret for a test run (the app's FRONT_CACHE_TOKEN). */
export const testRefreshToken = () => randomBytes(24).toString('hex')

/** A folder of its own for one nginx (pid, logs, temp files, cache), readable by its workers. */
const nginxPrefix = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-front-'))
  // The workers run as nginx's unprivileged user: they must reach the cache and temp folders.
  fs.chmodSync(dir, 0o777)
  return dir
}

/** Writes nginx.conf around `siteText` in `dir` and checks it with `nginx -t`. */
const writeConfig = (dir: string, siteText: string, what: string) => {
  const site = path.join(dir, 'site.conf')
  fs.writeFileSync(site, siteText)
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(conf, mainConfig(dir, site))
  const check = nginx(['-t', '-p', dir, '-c', conf])
  if (check.status !== 0) throw new Error(`nginx -t refused ${what}:\n${check.stderr}`)
  return conf
}

const run = (dir: string, conf: string, port: number): FrontCache => {
  const started = nginx(['-p', dir, '-c', conf])
  if (started.status !== 0) throw new Error(`nginx did not start:\n${started.stderr}`)
  const errors = () =>
    fs.existsSync(path.join(dir, 'error.log'))
      ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8')
      : ''
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    errors,
    stop: () => {
      nginx(['-p', dir, '-c', conf, '-s', 'quit'])
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Writes the configuration for these upstreams and checks it with `nginx -t`; starts nothing. */
export const configureFrontCache = (port: number, upstreams: string[], refreshToken: string) => {
  const dir = nginxPrefix()
  const site = renderTemplate(fs.readFileSync(TEMPLATE, 'utf8'), {
    RESETHUB_LISTEN: `127.0.0.1:${port}`,
    RESETHUB_UPSTREAMS: upstreams.map((u) => `server ${u} max_fails=1 fail_timeout=2s;`).join(' '),
    RESETHUB_CACHE_DIR: path.join(dir, 'cache'),
    RESETHUB_REFRESH_TOKEN: refreshToken,
  })
  return { dir, conf: writeConfig(dir, site, "the front cache's configuration") }
}

export const startFrontCache = (
  port: number,
  upstreams: string[],
  refreshToken: string,
): FrontCache => {
  const { dir, conf } = configureFrontCache(port, upstreams, refreshToken)
  return run(dir, conf, port)
}

/** nginx sending `body` as a static file at every address, with the content type given. */
export const startStaticNginx = (port: number, body: Buffer, contentType: string): FrontCache => {
  const dir = nginxPrefix()
  fs.mkdirSync(path.join(dir, 'www'))
  fs.writeFileSync(path.join(dir, 'www', 'page'), body)
  fs.chmodSync(path.join(dir, 'www'), 0o755)
  const site = `server {
  listen 127.0.0.1:${port};
  root ${path.join(dir, 'www')};
  location / { default_type "${contentType}"; try_files /page =404; }
}
`
  return run(dir, writeConfig(dir, site, 'the static-file configuration'), port)
}
