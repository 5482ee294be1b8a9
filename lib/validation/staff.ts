import { z } from 'zod'

export const roleSchema = z.enum(['CONTRIBUTOR', 'WRITER', 'EDITOR', 'ADMIN'], { message: 'Choose a role.' })

export const inviteStaffSchema = z.object({
  name: z.string().trim().min(1, 'Enter their name.').max(120),
  email: z.string().trim().toLowerCase().email('Enter a valid email address.').max(320),
  role: roleSchema,
})

export const newPasswordSchema = z
  .object({ password: z.string().max(1024), confirm: z.string().max(1024) })
  .refine((v) => v.password === v.confirm, { message: 'The two passwords differ.', path: ['confirm'] })

export const changePasswordSchema = z
  .object({ current: z.string().min(1, 'Enter your current password.').max(1024), password: z.string().max(1024), confirm: z.string().max(1024) })
  .refine((v) => v.password === v.confirm, { message: 'The two passwords differ.', path: ['confirm'] })

export const profileSchema = z.object({ name: z.string().trim().min(1, 'Enter your name.').max(120) })
