import { abus } from './abus'
import { amcrest } from './amcrest'
import { annke } from './annke'
import { dahua } from './dahua'
import { defender } from './defender'
import { digitalWatchdog } from './digital-watchdog'
import { ezviz } from './ezviz'
import { hikvision } from './hikvision'
import { honeywell } from './honeywell'
import { iPro } from './i-pro'
import { idis } from './idis'
import { lorex } from './lorex'
import { lts } from './lts'
import { nightOwl } from './night-owl'
import { provisionIsr } from './provision-isr'
import { qvis } from './qvis'
import { reolink } from './reolink'
import { swann } from './swann'
import { tpLinkVigi } from './tp-link-vigi'
import { uniview } from './uniview'

export { generalMethods } from './general'
export { site } from './site'

export const brands = [
  hikvision,
  dahua,
  uniview,
  reolink,
  lorex,
  swann,
  amcrest,
  ezviz,
  lts,
  annke,
  nightOwl,
  tpLinkVigi,
  idis,
  provisionIsr,
  abus,
  iPro,
  defender,
  qvis,
  digitalWatchdog,
  honeywell,
]
