'use client'
// The rich-text body: Tiptap (ProseMirror) limited to what lib/content/render.ts renders.
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { Placeholder } from '@tiptap/extensions'
import { useEffect, useId, useState } from 'react'
import type { Doc, FigureAttrs } from '@/lib/content/document'
import { hrefProblem, isSafeHref } from '@/lib/content/urls'
import { parseVideoUrl } from '@/lib/content/video'
import { Figure, Video } from './body-nodes'

type Props = {
  initial: Doc
  readOnly?: boolean
  onChange: (doc: Doc) => void
  /** Opens the media library; resolves with the image to insert. */
  onPickImage: () => Promise<FigureAttrs | null>
  invalid?: boolean
  describedBy?: string
}

function ToolbarButton({ label, active, onClick, disabled, children }: { label: string; active?: boolean; onClick: () => void; disabled?: boolean; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={active}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
      className={`min-h-9 min-w-9 rounded-sm border px-2 text-sm font-semibold ${active ? 'border-ink bg-ink text-paper' : 'border-rule bg-paper hover:border-ink'} disabled:opacity-50`}
    >
      {children}
    </button>
  )
}

type Popover = null | { kind: 'link' | 'video'; value: string; error: string | null }

function Toolbar({ editor, onPickImage, disabled }: { editor: Editor; onPickImage: Props['onPickImage']; disabled: boolean }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      quote: e.isActive('blockquote'),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
      href: (e.getAttributes('link').href as string | undefined) ?? '',
    }),
  })
  const [popover, setPopover] = useState<Popover>(null)
  const inputId = useId()
  const chain = () => editor.chain().focus()

  function applyPopover() {
    if (!popover) return
    if (popover.kind === 'link') {
      const href = popover.value.trim()
      if (!href) {
        chain().extendMarkRange('link').unsetLink().run()
        setPopover(null)
        return
      }
      const problem = hrefProblem(href)
      if (problem || !isSafeHref(href)) return setPopover({ ...popover, error: problem })
      if (editor.state.selection.empty && !state.link) {
        chain().insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run()
      } else {
        chain().extendMarkRange('link').setLink({ href }).run()
      }
    } else {
      const ref = parseVideoUrl(popover.value)
      if (!ref) return setPopover({ ...popover, error: 'Paste a YouTube or Vimeo link, like https://www.youtube.com/watch?v=… or https://vimeo.com/123456.' })
      chain().insertVideo(ref).run()
    }
    setPopover(null)
  }

  async function insertImage() {
    const attrs = await onPickImage()
    if (attrs) chain().insertFigure(attrs).run()
  }

  return (
    <div className="sticky top-0 z-10 border-b border-rule bg-panel p-2">
      <div role="toolbar" aria-label="Formatting" className="flex flex-wrap gap-1">
        <ToolbarButton label="Sub-heading" active={state.h2} disabled={disabled} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
          H2
        </ToolbarButton>
        <ToolbarButton label="Minor heading" active={state.h3} disabled={disabled} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
          H3
        </ToolbarButton>
        <ToolbarButton label="Bold" active={state.bold} disabled={disabled} onClick={() => chain().toggleBold().run()}>
          <strong>B</strong>
        </ToolbarButton>
        <ToolbarButton label="Italic" active={state.italic} disabled={disabled} onClick={() => chain().toggleItalic().run()}>
          <em>I</em>
        </ToolbarButton>
        <ToolbarButton label="Link" active={state.link} disabled={disabled} onClick={() => setPopover({ kind: 'link', value: state.href, error: null })}>
          Link
        </ToolbarButton>
        <ToolbarButton label="Quote" active={state.quote} disabled={disabled} onClick={() => chain().toggleBlockquote().run()}>
          “ ”
        </ToolbarButton>
        <ToolbarButton label="Bulleted list" active={state.bullets} disabled={disabled} onClick={() => chain().toggleBulletList().run()}>
          • List
        </ToolbarButton>
        <ToolbarButton label="Numbered list" active={state.numbers} disabled={disabled} onClick={() => chain().toggleOrderedList().run()}>
          1. List
        </ToolbarButton>
        <ToolbarButton label="Horizontal rule" disabled={disabled} onClick={() => chain().setHorizontalRule().run()}>
          ―
        </ToolbarButton>
        <ToolbarButton label="Insert image" disabled={disabled} onClick={insertImage}>
          Image
        </ToolbarButton>
        <ToolbarButton label="Embed video" disabled={disabled} onClick={() => setPopover({ kind: 'video', value: '', error: null })}>
          Video
        </ToolbarButton>
      </div>
      {popover ? (
        <div className="mt-2 flex flex-wrap items-start gap-2 font-sans">
          <div className="min-w-64 flex-1">
            <label htmlFor={inputId} className="block text-sm font-semibold">
              {popover.kind === 'link' ? 'Link address' : 'YouTube or Vimeo link'}
            </label>
            <input
              id={inputId}
              autoFocus
              value={popover.value}
              aria-invalid={popover.error ? true : undefined}
              aria-describedby={popover.error ? `${inputId}-error` : undefined}
              onChange={(e) => setPopover({ ...popover, value: e.target.value, error: null })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault()
                  applyPopover()
                } else if (e.key === 'Escape') setPopover(null)
              }}
              placeholder={popover.kind === 'link' ? 'https://…' : 'https://www.youtube.com/watch?v=…'}
              className="mt-1 w-full rounded-sm border border-rule bg-paper px-3 py-2"
            />
            {popover.error ? (
              <p id={`${inputId}-error`} className="mt-1 text-sm font-semibold text-accent">
                {popover.error}
              </p>
            ) : null}
          </div>
          <div className="flex gap-2 pt-6">
            <button type="button" onClick={applyPopover} className="rounded-sm bg-ink px-3 py-2 text-sm font-semibold text-paper">
              {popover.kind === 'link' ? 'Apply link' : 'Embed'}
            </button>
            {popover.kind === 'link' && state.link ? (
              <button
                type="button"
                onClick={() => {
                  chain().extendMarkRange('link').unsetLink().run()
                  setPopover(null)
                }}
                className="rounded-sm border border-ink px-3 py-2 text-sm"
              >
                Remove link
              </button>
            ) : null}
            <button type="button" onClick={() => setPopover(null)} className="rounded-sm border border-rule px-3 py-2 text-sm">
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  )
}

export function BodyEditor({ initial, readOnly = false, onChange, onPickImage, invalid, describedBy }: Props) {
  const editor = useEditor({
    immediatelyRender: false,
    editable: !readOnly,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          protocols: ['mailto'],
          isAllowedUri: (url) => isSafeHref(url),
          HTMLAttributes: { rel: 'noopener noreferrer', target: null },
        },
      }),
      Placeholder.configure({ placeholder: 'Write the piece…' }),
      Figure,
      Video,
    ],
    content: initial,
    editorProps: {
      attributes: {
        class: 'article-body body-editor-content mx-auto min-h-96 px-4 py-4 focus:outline-none',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Body',
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.getJSON() as Doc),
  })

  // The piece can become read-only while open (submitted for review, say).
  useEffect(() => {
    if (editor && editor.isEditable === readOnly) editor.setEditable(!readOnly)
  }, [editor, readOnly])

  return (
    // The writing area's own outline is off (it would hug the text); the frame shows the focus ring instead, as every other field has one.
    <div
      className={`rounded-sm border bg-paper has-[.body-editor-content:focus-visible]:outline-3 has-[.body-editor-content:focus-visible]:outline-offset-2 has-[.body-editor-content:focus-visible]:outline-accent ${invalid ? 'border-accent' : 'border-rule'}`}
    >
      {editor ? <Toolbar editor={editor} onPickImage={onPickImage} disabled={readOnly} /> : <div className="h-14 border-b border-rule bg-panel" />}
      <EditorContent editor={editor} />
    </div>
  )
}
