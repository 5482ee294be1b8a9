import 'server-only'
import { env } from '@/lib/env'
import { createLocalStorage } from '@/lib/storage'

export const mediaStorage = createLocalStorage(env.UPLOAD_DIR)
