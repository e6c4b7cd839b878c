import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'

const INSTALL_HINT = 'sudo apt-get update && sudo apt-get install -y chromium'

const onPath = (name: string): string | null => {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() || null : null
}

/**
 * Debian's Chromium: CHROME_PATH, else `chromium` on the PATH. Where neither is
 * found and apt is usable as root it is installed; otherwise this fails with
 * the exact command to run. (Playwright's own browser download cannot work here.)
 */
export const findChromium = (): string => {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv
    throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`)
  }
  const found = onPath('chromium') ?? onPath('chromium-browser')
  if (found) return found
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && onPath('apt-get')) {
    console.log('Chromium not found: installing Debian’s chromium package…')
    execFileSync('apt-get', ['update'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    const installed = onPath('chromium')
    if (installed) return installed
  }
  throw new Error(
    `Chromium was not found. Install it with:\n  ${INSTALL_HINT}\nor set CHROME_PATH to a Chromium binary.`,
  )
}

/** Flags for a headless Chromium on a closed network, run as root. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
