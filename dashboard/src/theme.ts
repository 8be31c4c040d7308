import { zhCN } from '@mui/material/locale';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

type Components = NonNullable<RaThemeOptions['components']>;

/** Latin letters from Roboto, Chinese from the system's CJK font (Windows, macOS, Linux). */
const FONT_FAMILY = ['Roboto', '"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"Source Han Sans SC"', 'sans-serif'].join(', ');

/**
 * react-admin's themes with MUI's zh-CN texts (pagination, autocomplete "无选项", alerts …), merged
 * per component so react-admin's own style overrides are kept.
 */
const withChinese = (theme: RaThemeOptions): RaThemeOptions => {
  const components: Record<string, Record<string, unknown>> = { ...(theme.components as Record<string, Record<string, unknown>>) };
  for (const [name, localized] of Object.entries(zhCN.components as Record<string, { defaultProps?: object }>)) {
    const base = components[name] ?? {};
    components[name] = {
      ...base,
      defaultProps: { ...(base.defaultProps as object | undefined), ...localized.defaultProps },
    };
  }
  return { ...theme, typography: { ...theme.typography, fontFamily: FONT_FAMILY }, components: components as Components };
};

export const lightTheme = withChinese(defaultLightTheme);
export const darkTheme = withChinese(defaultDarkTheme);
