/** What crosses the transports: the call result, and the desktop preload bridge's shape. */
import type { ApiErrorBody } from './errors'

export type CallResult<T = unknown> = { ok: true; data: T } | { ok: false; error: ApiErrorBody }

export const PAPER_SIZES = ['A4', 'A5'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

export interface PrintRequest {
  /** Hash route of the print page, e.g. "/print/stock-in/12". */
  route: string
  /** 'dialog' opens the system print dialog; 'pdf' asks where to save a PDF. */
  mode: 'dialog' | 'pdf'
  paper: PaperSize
  landscape?: boolean
  /** The session token the hidden print window uses to load the document. */
  token: string
}

export type PrintResult = { ok: true; path?: string } | { ok: false; message: string; cancelled?: true }

/** The one object the preload exposes as `window.waredesk`. */
export interface DesktopBridge {
  call(token: string | null, method: string, input: unknown): Promise<CallResult>
  print(request: PrintRequest): Promise<PrintResult>
}
