export const stockInPrintRoute = (id: number): string => `/print/stock-in/${id}`

/**
 * Opens the print preview of a stock-in in a new window. In a browser, window.open copies this tab's
 * sessionStorage, so the new tab is signed in. The desktop app allows window.open for print routes
 * only, and the new window gets the session through the URL, like the hidden print window does.
 */
export function openPrintPreview(id: number, token: string | null): void {
  const route = stockInPrintRoute(id)
  const query = window.waredesk && token ? `?token=${encodeURIComponent(token)}` : ''
  window.open(`#${route}${query}`, '_blank')
}
