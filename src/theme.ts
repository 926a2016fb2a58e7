import type { GlobalThemeOverrides } from 'naive-ui'

/** Chinese system fonts first: the app is read in Chinese on Windows and Linux desktops. */
export const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif"

export const themeOverrides: GlobalThemeOverrides = {
  common: {
    primaryColor: '#2563eb',
    primaryColorHover: '#3b82f6',
    primaryColorPressed: '#1d4ed8',
    primaryColorSuppl: '#3b82f6',
    fontFamily: FONT_FAMILY,
    fontSize: '14px',
    fontSizeMedium: '14px',
    borderRadius: '4px',
    bodyColor: '#f3f5f8',
  },
  Layout: { headerColor: '#ffffff', siderColor: '#ffffff' },
  Card: { borderRadius: '6px', paddingMedium: '16px 20px 20px', titleFontSizeMedium: '15px' },
  DataTable: { thColor: '#f7f8fa', thFontWeight: '500', tdPaddingSmall: '7px 10px', thPaddingSmall: '8px 10px' },
  Menu: { itemHeight: '40px', borderRadius: '4px' },
}
