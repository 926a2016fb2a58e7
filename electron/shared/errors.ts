/** Typed errors that cross the API boundary, each with a Chinese and an English message. */
export type ErrorCode =
  | 'BAD_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNKNOWN_METHOD'
  | 'INSUFFICIENT_STOCK'
  | 'INTERNAL'

export interface LocalText {
  zh: string
  en: string
}

export interface ErrorDetail {
  path: string
  message: string
}

export interface ApiErrorBody {
  code: ErrorCode
  message: LocalText
  details?: ErrorDetail[]
}

export class ApiError extends Error {
  readonly code: ErrorCode
  readonly text: LocalText
  readonly details?: ErrorDetail[]

  constructor(code: ErrorCode, text: LocalText, details?: ErrorDetail[]) {
    super(text.en)
    this.name = 'ApiError'
    this.code = code
    this.text = text
    this.details = details
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.text, ...(this.details ? { details: this.details } : {}) }
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.details)
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false
  const body = value as Partial<ApiErrorBody>
  return typeof body.code === 'string' && typeof body.message?.zh === 'string'
}

export const notFound = (what: LocalText): ApiError =>
  new ApiError('NOT_FOUND', { zh: `${what.zh}不存在`, en: `${what.en} not found` })

export const conflict = (zh: string, en: string): ApiError => new ApiError('CONFLICT', { zh, en })

export const badInput = (zh: string, en: string, details?: ErrorDetail[]): ApiError =>
  new ApiError('BAD_INPUT', { zh, en }, details)
