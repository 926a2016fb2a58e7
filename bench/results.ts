/** Turns metrics into the printed table and into bench-results.json (merged with earlier keys). */
import fs from 'node:fs'
import os from 'node:os'
import type { Metric } from './cases/types'

export type Dataset = Record<string, number>

interface ResultsFile {
  generated_at: string
  machine: { node: string; cpus: number; platform: string; load_1m: number }
  dataset: Dataset
  metrics: Record<string, number>
}

const round3 = (value: number) => Math.round(value * 1000) / 1000

function ratioOf(metric: Metric, all: readonly Metric[]): number | undefined {
  const baseline = all.find((m) => m.name === metric.baseline)
  return baseline ? metric.summary.median / baseline.summary.median : undefined
}

/** The JSON keys of a run: medians, p95s and router/raw ratios. */
export function metricKeys(metrics: readonly Metric[]): Record<string, number> {
  const keys: Record<string, number> = {}
  for (const metric of metrics) {
    keys[`${metric.name}_${metric.unit}`] = round3(metric.summary.median)
    keys[`${metric.name}_p95_${metric.unit}`] = round3(metric.summary.p95)
    const ratio = ratioOf(metric, metrics)
    if (ratio !== undefined) keys[`${metric.name}_ratio`] = round3(ratio)
  }
  return keys
}

/** Three significant-ish digits: 12.3 µs and 4.56 ms read better than 12.345678. */
const figure = (value: number) => value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)

export function formatTable(metrics: readonly Metric[]): string {
  const header = ['metric', 'median', 'p95', 'unit', 'vs raw', 'n']
  const rows = metrics.map((metric) => {
    const ratio = ratioOf(metric, metrics)
    return [
      metric.name,
      figure(metric.summary.median),
      figure(metric.summary.p95),
      metric.unit === 'us' ? 'µs' : metric.unit,
      ratio === undefined ? '' : `${ratio.toFixed(1)}×`,
      String(metric.summary.iterations),
    ]
  })
  const widths = header.map((_, col) => Math.max(...[header, ...rows].map((row) => row[col].length)))
  // Names and units left-aligned, numbers right-aligned, so decimal points line up.
  const line = (row: string[]) =>
    row.map((cell, col) => (col === 0 || col === 3 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

/** A figure the issue asks for: the median at most `max` (in the metric's unit), or at most `maxRatio` × raw. */
export interface Target {
  metric: string
  max?: number
  maxRatio?: number
}

/** One line per target: the figure, the target and whether the median meets it. Nothing fails on it. */
export function formatTargets(metrics: readonly Metric[], targets: readonly Target[]): string {
  const lines = targets.map((target) => {
    const metric = metrics.find((m) => m.name === target.metric)
    if (!metric) return `target ${target.metric}: not measured`
    const unit = metric.unit === 'us' ? 'µs' : metric.unit
    const checks: { met: boolean; text: string }[] = []
    if (target.max !== undefined) {
      checks.push({
        met: metric.summary.median <= target.max,
        text: `${figure(metric.summary.median)} ${unit} (p95 ${figure(metric.summary.p95)}) vs ≤ ${target.max} ${unit}`,
      })
    }
    const ratio = ratioOf(metric, metrics)
    if (target.maxRatio !== undefined) {
      checks.push({
        met: ratio !== undefined && ratio <= target.maxRatio,
        text: `${ratio === undefined ? '?' : ratio.toFixed(2)}× raw vs ≤ ${target.maxRatio}× raw`,
      })
    }
    const met = checks.every((c) => c.met)
    return `target ${target.metric}: ${checks.map((c) => c.text).join(', ')} — ${met ? 'met' : 'MISSED'}`
  })
  return lines.join('\n')
}

/** Writes the results, keeping metric and dataset keys an earlier run produced and this one did not. */
export function writeResults(file: string, dataset: Dataset, metrics: readonly Metric[]): void {
  const previous = readResults(file)
  const results: ResultsFile = {
    generated_at: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      platform: `${process.platform}-${process.arch}`,
      load_1m: round3(os.loadavg()[0]),
    },
    dataset: { ...previous?.dataset, ...dataset },
    metrics: { ...previous?.metrics, ...metricKeys(metrics) },
  }
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n')
}

function readResults(file: string): Partial<ResultsFile> | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ResultsFile>
  } catch {
    return undefined // first run, or a hand-damaged file: start afresh
  }
}
