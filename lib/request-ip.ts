import 'server-only'
import { clientIpFrom } from '@/lib/client-ip'
import { env } from '@/lib/env'

/** The client's IP for rate limits, believed only from the proxy header the operator configured. */
export const requestIp = (headers: Headers) => clientIpFrom(headers, { header: env.TRUSTED_PROXY_HEADER?.toLowerCase(), hops: env.TRUSTED_PROXY_HOPS })
