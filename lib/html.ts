// Markup written as strings (the search page, lib/search-html.ts), escaped by construction: every
// value put into an html`` template is escaped unless it is itself the result of one, so text a
// writer or reader typed can never become markup. Arrays are joined; null, undefined and false
// render nothing.
import { escapeHtml } from '@/lib/escape-html'

/** Markup that is safe to put into a page as it is: only html`` makes one. */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value
  }
}

type Value = Html | string | number | null | undefined | false | readonly Value[]

const render = (value: Value): string =>
  value instanceof Html ? value.value : Array.isArray(value) ? value.map(render).join('') : value === null || value === undefined || value === false ? '' : escapeHtml(String(value))

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!
  })
  return new Html(out)
}
