'use client'
// The two custom body nodes the renderer knows: 'figure' (a library image with its own
// caption and credit) and 'video' (a YouTube or Vimeo id). Attribute names match
// lib/content/document.ts, so editor.getJSON() is the stored format as it is.
import { mergeAttributes, Node } from '@tiptap/core'
import { NodeViewWrapper, ReactNodeViewRenderer, type NodeViewProps } from '@tiptap/react'
import Image from 'next/image'
import type { FigureAttrs } from '@/lib/content/document'
import { creditLine } from '@/lib/content/licences'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: { insertFigure: (attrs: FigureAttrs) => ReturnType }
    video: { insertVideo: (attrs: { provider: 'youtube' | 'vimeo'; videoId: string; title?: string }) => ReturnType }
  }
}

const plainAttr = (defaultValue: unknown) => ({ default: defaultValue, rendered: false })

function FigureView({ node, updateAttributes, deleteNode, editor, selected }: NodeViewProps) {
  const attrs = node.attrs as FigureAttrs
  const editable = editor.isEditable
  const line = creditLine({ credit: attrs.credit, source: attrs.source, licenceName: attrs.licenceName, licenceUrl: attrs.licenceUrl })
  const input = 'w-full rounded-sm border border-rule bg-paper px-2 py-1 text-sm'
  return (
    <NodeViewWrapper as="figure" className={`body-figure-edit my-4 rounded-sm border p-2 ${selected ? 'border-ink' : 'border-rule'}`} data-figure="">
      <div data-drag-handle="" className="cursor-grab">
        {attrs.width && attrs.height ? (
          <Image src={attrs.src} alt={attrs.alt} width={attrs.width} height={attrs.height} sizes="680px" className="h-auto w-full" />
        ) : null}
      </div>
      <div className="mt-2 grid gap-2 font-sans sm:grid-cols-2">
        <label className="text-xs font-semibold">
          Caption
          <input className={input} value={attrs.caption} disabled={!editable} onChange={(e) => updateAttributes({ caption: e.target.value })} />
        </label>
        <label className="text-xs font-semibold">
          Credit
          <input className={input} value={attrs.credit} disabled={!editable} onChange={(e) => updateAttributes({ credit: e.target.value })} />
        </label>
        <label className="text-xs font-semibold sm:col-span-2">
          Alt text <span className="font-normal text-muted">(what a screen reader says)</span>
          <input className={input} value={attrs.alt} disabled={!editable} onChange={(e) => updateAttributes({ alt: e.target.value })} />
        </label>
      </div>
      <p className="mt-1 font-sans text-xs text-muted">
        {line ? `Photo: ${[...line.text, ...(line.licence ? [line.licence.name] : [])].join(' / ')}` : 'No credit'}
        {editable ? (
          <button type="button" onClick={deleteNode} className="ml-3 underline">
            Remove image
          </button>
        ) : null}
      </p>
    </NodeViewWrapper>
  )
}

export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      mediaId: plainAttr(null),
      src: plainAttr(''),
      alt: plainAttr(''),
      caption: plainAttr(''),
      credit: plainAttr(''),
      source: plainAttr(''),
      licenceName: plainAttr(''),
      licenceUrl: plainAttr(''),
      width: plainAttr(null),
      height: plainAttr(null),
    }
  },
  // Only our own figures survive copy and paste inside the editor; pasted foreign images are dropped.
  parseHTML() {
    return [{ tag: 'figure[data-figure]' }]
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes, { 'data-figure': '' })]
  },
  addNodeView() {
    return ReactNodeViewRenderer(FigureView)
  },
  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    }
  },
})

function VideoView({ node, deleteNode, editor, selected }: NodeViewProps) {
  const { provider, videoId } = node.attrs as { provider: string; videoId: string }
  return (
    <NodeViewWrapper className={`my-4 flex aspect-video items-center justify-center rounded-sm border bg-panel font-sans text-sm ${selected ? 'border-ink' : 'border-rule'}`} data-video="">
      <p>
        {provider === 'youtube' ? 'YouTube' : 'Vimeo'} video <code>{videoId}</code>
        {editor.isEditable ? (
          <button type="button" onClick={deleteNode} className="ml-3 underline">
            Remove video
          </button>
        ) : null}
      </p>
    </NodeViewWrapper>
  )
}

export const Video = Node.create({
  name: 'video',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return { provider: plainAttr('youtube'), videoId: plainAttr(''), title: plainAttr('') }
  },
  parseHTML() {
    return [{ tag: 'div[data-video]' }]
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-video': '' })]
  },
  addNodeView() {
    return ReactNodeViewRenderer(VideoView)
  },
  addCommands() {
    return {
      insertVideo:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    }
  },
})
