import fs from 'node:fs'

import { expect, test } from '@jest/globals'

import {
  configureFrontCache,
  NGINX,
  renderTemplate,
  TEMPLATE,
  testRefreshToken,
} from '../../scripts/frontCache'
import { REFRESH_HEADER } from '../../src/shared/frontCache.mjs'

const template = fs.readFileSync(TEMPLATE, 'utf8')

test('the template is filled like envsubst: placeholders replaced, nginx variables kept, a missing value refused', () => {
  const text = renderTemplate(template, {
    RESETHUB_LISTEN: '8080',
    RESETHUB_UPSTREAMS: 'server a:3000;',
    RESETHUB_CACHE_DIR: '/c',
    RESETHUB_REFRESH_TOKEN: 'a-secret-of-some-length',
  })
  expect(text).toMatch(/listen 8080;/)
  expect(text).toMatch(/server a:3000;/)
  expect(text).toMatch(/\$upstream_cache_status/)
  expect(() => renderTemplate(template, { RESETHUB_LISTEN: '8080' })).toThrow(
    /needs RESETHUB_(CACHE_DIR|UPSTREAMS)/,
  )
})

test('the app’s refresh header is the one nginx reads, and it only bypasses: the refreshed page is stored', () => {
  const variable = `$http_${REFRESH_HEADER.toLowerCase().replaceAll('-', '_')}`
  expect(template).toContain(`map ${variable} $resethub_refresh`)
  expect(template).toContain('"~^${RESETHUB_REFRESH_TOKEN}$"  1;')
  expect(template).not.toMatch(/proxy_no_cache[^;]*resethub_refresh/)
})

test('staff and draft previews pass the cache both ways; stale pages only when no instance answers', () => {
  expect(template).toMatch(/proxy_cache_bypass \$resethub_personal \$resethub_refresh;/)
  expect(template).toMatch(/proxy_no_cache \$resethub_personal;/)
  expect(template).toMatch(/payload-token=/)
  expect(template).toMatch(/__prerender_bypass=/)
  expect(template).toMatch(
    /proxy_cache_use_stale error timeout http_500 http_502 http_503 http_504;/,
  )
  expect(template).not.toMatch(/proxy_cache_use_stale[^;]*updating/)
  expect(template).toMatch(/proxy_next_upstream error timeout/)
})

if (NGINX) {
  test('nginx -t accepts the rendered configuration', () => {
    const { dir } = configureFrontCache(
      18080,
      ['127.0.0.1:3001', '127.0.0.1:3002'],
      testRefreshToken(),
    )
    fs.rmSync(dir, { recursive: true, force: true })
  })
} else {
  test('nginx is not installed: the front cache configuration was NOT checked with nginx -t', () => {
    console.log(
      'nginx is not available here (Debian package nginx): `nginx -t` did not check deploy/nginx/resethub.conf.template.',
    )
    expect(NGINX).toBeUndefined()
  })
}
