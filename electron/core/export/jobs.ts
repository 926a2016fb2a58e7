/** The exports under way, per core: each one a streamed workbook and how far through its list it is. */
import { randomUUID } from 'node:crypto'
import { ApiError } from '../../shared/errors'
import type { Core } from '../context'
import { SheetWriter } from './sheet-writer'
import type { ListExport } from './spec'

export interface Job {
  id: string
  userId: number
  spec: ListExport
  /** The list method's input, parsed by its schema, without paging. */
  filters: Record<string, unknown>
  fileName: string
  writer: SheetWriter
  /** The next page to read, the list's rows written so far and the last of them, and the list's total as the last page reported it. */
  page: number
  listed: number
  last: unknown
  total: number
  /** Every row has been written; the next step closes the workbook. */
  complete: boolean
  touchedAt: number
}

/** Rows per step: small enough that a step stays short and progress moves, large enough that steps are few. */
export const ROWS_PER_STEP = 2000
/** An export nobody asks about for this long is dropped (its file was never fetched). */
const IDLE_MS = 10 * 60_000
/** A user's unfinished exports kept at once; starting one more drops the oldest. */
const PER_USER = 3

const stores = new WeakMap<Core, Map<string, Job>>()

function store(core: Core): Map<string, Job> {
  let jobs = stores.get(core)
  if (!jobs) stores.set(core, (jobs = new Map()))
  const now = Date.now()
  for (const [id, job] of jobs) if (now - job.touchedAt > IDLE_MS) jobs.delete(id)
  return jobs
}

export function startJob(core: Core, fields: Pick<Job, 'userId' | 'spec' | 'filters' | 'fileName'>): Job {
  const jobs = store(core)
  const mine = [...jobs.values()].filter((job) => job.userId === fields.userId)
  for (const job of mine.slice(0, Math.max(0, mine.length - PER_USER + 1))) jobs.delete(job.id)
  const job: Job = {
    ...fields,
    id: randomUUID(),
    writer: new SheetWriter(fields.spec.name(fields.filters), fields.spec.columns(fields.filters)),
    page: 1,
    listed: 0,
    last: undefined,
    total: 0,
    complete: false,
    touchedAt: Date.now(),
  }
  jobs.set(job.id, job)
  return job
}

/** The caller's own export, or a clear refusal: another user's job is as unknown as an expired one. */
export function findJob(core: Core, id: string, userId: number): Job {
  const job = store(core).get(id)
  if (!job || job.userId !== userId) {
    throw new ApiError('NOT_FOUND', {
      zh: '导出任务不存在或已过期，请重新导出',
      en: 'This export is unknown or has expired; export again',
    })
  }
  job.touchedAt = Date.now()
  return job
}

export const endJob = (core: Core, id: string): boolean => store(core).delete(id)
