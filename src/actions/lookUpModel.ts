'use server'

import { brandsForModel, type ModelMatchInfo } from '@/queries/models'

/** The case form asks, as the reader types the model, whose recorder it is. Reads only published content. */
export async function lookUpModel(model: string): Promise<ModelMatchInfo[]> {
  return brandsForModel(model)
}
