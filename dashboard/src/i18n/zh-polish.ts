// The catalog's part for the polish of issue 13: the audit log's change table, the holiday calendar page and
// the page-not-found page. Merged into zh.ts as app.polish.

export const polishMessages = {
  audit: {
    changes: '变更内容', field: '字段', before: '修改前', after: '修改后', noChanges: '无字段变更',
  },
  calendar: {
    menu: '节假日安排',
    title: '节假日安排（截止日顺延依据）',
    intro: '报送截止日遇法定节假日或周末时，按国务院办公厅公布的节假日安排顺延至下一个工作日。',
    year: '年份',
    holidays: '放假',
    workdays: '调休上班',
    holidayName: '节日',
    dates: '日期',
    days: '天数',
    daysValue: '%{days} 天',
    weekday: '星期',
    noWorkdays: '本年无调休上班日',
    known: '已收录国务院办公厅公布的%{year}年节假日安排。',
  },
  notFound: {
    title: '页面不存在',
    text: '您输入的网址有误，或访问的链接已失效。',
    home: '返回首页',
  },
};
