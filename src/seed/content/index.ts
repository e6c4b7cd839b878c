import { amcrest } from './amcrest'
import { annke } from './annke'
import { dahua } from './dahua'
import { ezviz } from './ezviz'
import { hikvision } from './hikvision'
import { lorex } from './lorex'
import { lts } from './lts'
import { nightOwl } from './night-owl'
import { reolink } from './reolink'
import { swann } from './swann'
import { tpLinkVigi } from './tp-link-vigi'
import { uniview } from './uniview'

export { generalMethods } from './general'
export { site } from './site'

export const brands = [hikvision, dahua, uniview, reolink, lorex, swann, amcrest, ezviz, lts, annke, nightOwl, tpLinkVigi]
