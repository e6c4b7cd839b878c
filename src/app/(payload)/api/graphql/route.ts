import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardApi } from '@/api/bodyGuard'
import { guardGraphql } from '@/api/graphqlGuard'

export const POST = guardApi(guardGraphql(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
