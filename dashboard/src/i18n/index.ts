import polyglotI18nProvider from 'ra-i18n-polyglot';
import zh from './zh';

/**
 * zh-CN is the only locale, so react-admin never shows a locale switcher.
 * Missing keys are reported by polyglot in the console (a key without a translation is a bug).
 */
export const i18nProvider = polyglotI18nProvider(() => zh, 'zh', [{ locale: 'zh', name: '简体中文' }]);
