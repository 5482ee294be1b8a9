'use client'

// A form bound to a server action through useActionState. Fields read the action's answer
// from context: after a refused submission they show the message beside them and keep
// exactly what the person typed (React resets uncontrolled fields after every action).
import { createContext, useActionState, useContext, useId } from 'react'
import { useFormStatus } from 'react-dom'
import type { FormState } from '@/lib/errors'

type Action = (state: FormState, formData: FormData) => Promise<FormState>

const FormStateContext = createContext<FormState>({})

export function ActionForm({ action, children, className = 'space-y-4', initial = {} }: { action: Action; children: React.ReactNode; className?: string; initial?: FormState }) {
  const [state, formAction] = useActionState(action, initial)
  return (
    <FormStateContext.Provider value={state}>
      <form action={formAction} className={className} noValidate>
        {state.message ? (
          <p role={state.ok ? 'status' : 'alert'} className={`rounded-sm border p-3 text-sm ${state.ok ? 'border-green-700' : 'border-accent'}`}>
            {state.message}
          </p>
        ) : null}
        {children}
      </form>
    </FormStateContext.Provider>
  )
}

const inputClass = 'mt-1 w-full rounded-sm border border-rule bg-paper px-3 py-2 aria-[invalid=true]:border-accent'

function useField(name: string, defaultValue?: string) {
  const state = useContext(FormStateContext)
  const id = useId()
  const errors = state.fieldErrors?.[name]
  const kept = state.values && name in state.values ? String(state.values[name] ?? '') : undefined
  return { id, errors, value: kept ?? defaultValue ?? '', stateKey: JSON.stringify(state.values ?? null) }
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null
  return (
    <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-accent">
      {errors.join(' ')}
    </p>
  )
}

/** Label, optional hint, the control, and its error: the frame every field shares. */
function FieldFrame({ id, label, hint, errors, children }: { id: string; label: string; hint?: string; errors?: string[]; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={id} errors={errors} />
    </div>
  )
}

/** aria-invalid and aria-describedby for a control with an optional hint and errors. */
const ariaFor = (f: { id: string; errors?: string[] }, hint?: string) => ({
  'aria-invalid': f.errors?.length ? true : undefined,
  'aria-describedby': [hint ? `${f.id}-hint` : '', f.errors?.length ? `${f.id}-error` : ''].filter(Boolean).join(' ') || undefined,
})

type TextFieldProps = { name: string; label: string; defaultValue?: string; type?: string; hint?: string; autoComplete?: string; required?: boolean }

export function TextField({ name, label, defaultValue, type = 'text', hint, autoComplete, required }: TextFieldProps) {
  const f = useField(name, defaultValue)
  return (
    <FieldFrame id={f.id} label={label} hint={hint} errors={f.errors}>
      <input
        key={f.stateKey}
        id={f.id}
        name={name}
        type={type}
        defaultValue={type === 'password' ? undefined : f.value}
        autoComplete={autoComplete}
        required={required}
        {...ariaFor(f, hint)}
        className={inputClass}
      />
    </FieldFrame>
  )
}

export function TextArea({ name, label, defaultValue, rows = 3, hint }: { name: string; label: string; defaultValue?: string; rows?: number; hint?: string }) {
  const f = useField(name, defaultValue)
  return (
    <FieldFrame id={f.id} label={label} hint={hint} errors={f.errors}>
      <textarea key={f.stateKey} id={f.id} name={name} rows={rows} defaultValue={f.value} {...ariaFor(f, hint)} className={inputClass} />
    </FieldFrame>
  )
}

export function SelectField({ name, label, defaultValue, options }: { name: string; label: string; defaultValue?: string; options: { value: string; label: string }[] }) {
  const f = useField(name, defaultValue)
  return (
    <FieldFrame id={f.id} label={label} errors={f.errors}>
      <select key={f.stateKey} id={f.id} name={name} defaultValue={f.value} {...ariaFor(f)} className={inputClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}

export function CheckboxField({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  const state = useContext(FormStateContext)
  const id = useId()
  const checked = state.values && name in state.values ? Boolean(state.values[name]) : defaultChecked
  return (
    <div className="flex items-center gap-2">
      <input key={JSON.stringify(state.values ?? null)} id={id} name={name} type="checkbox" defaultChecked={checked} className="h-4 w-4" />
      <label htmlFor={id}>{label}</label>
    </div>
  )
}

export function SubmitButton({ children, pendingText = 'Saving…', tone = 'primary' }: { children: React.ReactNode; pendingText?: string; tone?: 'primary' | 'danger' | 'plain' }) {
  const { pending } = useFormStatus()
  const styles = { primary: 'bg-ink text-paper', danger: 'bg-accent text-accent-ink', plain: 'border border-ink' }[tone]
  return (
    <button type="submit" disabled={pending} className={`rounded-sm px-4 py-2 font-semibold disabled:opacity-60 ${styles}`}>
      {pending ? pendingText : children}
    </button>
  )
}
