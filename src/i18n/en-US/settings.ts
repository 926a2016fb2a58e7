import type { MessageSchema } from '../zh-CN'

/** English — the settings (设置) screen. */
export default {
  settings: {
    title: 'Settings',
    org: {
      title: 'Organisation',
      name: 'Organisation name',
      hint: 'Printed at the top of every document',
      rule: 'Enter the organisation name (at most 60 characters)',
      saved: 'Organisation name saved',
    },
    docNo: {
      title: 'Document numbers',
      intro:
        'A number is the prefix, the business date and a daily serial, given when a document is posted and never reused. A new prefix applies to documents posted afterwards.',
      preview: 'Example',
      types: { RK: 'Stock-in', CK: 'Stock-out', DB: 'Transfer', PD: 'Stocktake' },
      rules: {
        required: 'Enter a prefix',
        format: 'A prefix is 1–6 capital letters',
        duplicate: 'Prefix "{prefix}" is used by another document type',
      },
      fix: 'Correct the prefixes marked in red first',
      saved: 'Document number prefixes saved',
    },
    scanner: {
      title: 'Scanner test',
      intro:
        'Put the cursor in the box below and scan a barcode, or type and press Enter. Scans are told from typing by key timing, and a Chinese input method does not affect them.',
      placeholder: 'Scan or type here, then Enter',
      lastResult: 'Last input',
      code: 'Content',
      source: 'Detected as',
      scan: 'Scanner',
      typed: 'Keyboard',
      length: 'Characters',
      duration: 'Time',
      durationValue: '{ms} ms',
      none: 'Nothing scanned yet',
      history: 'History',
    },
    about: { title: 'About', version: 'Version', mode: 'Running as', desktop: 'Desktop app', browser: 'Browser' },
  },
} satisfies Pick<MessageSchema, 'settings'>
