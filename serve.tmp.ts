import { startProductionServer } from '/work/main/test/e2e/server'
const s = await startProductionServer()
console.log('URL', s.url)
setInterval(() => {}, 1 << 30)
