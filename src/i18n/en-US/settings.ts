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
