// The catalog's part for the rounds (issue 13): the latest complete round and the open one on the office home,
// its figures labelled by the set they count, the desk's states, and the print view. Merged into zh.ts as app.rounds.

export const roundsMessages = {
  /** A period picker's option after the latest complete round: its reports are still being collected. */
  open: '%{label}（收集中）',
  openShort: '收集中',
  /** A month's report before the month has ended (DESIGN §2.3: figures run to the month's last day). */
  opensOn: '%{date}起可报送',
  notDue: '%{label}（未截止）',
  latest: '最近一轮已截止：%{label}',
  openNote: '%{label}的报送正在收集中（%{due}截止），数据尚不完整，不参与比较。',
  trendTitle: '近 12 个已截止月份的按时率（另列收集中的月份）',
  trendOpen: '收集中（截至目前）',
  matrixTitle: '单位 × 月份 报送状态（近 12 个已截止月份及收集中的月份）',
  matrixOpen: '收集中',
  cellLink: '%{unit} %{stream} %{period}：%{status}，打开应报事项',
  figuresTitle: '本月到期的报送（%{month}，本行各数均指这一批事项）',
  owed: '本月到期应报', owedHint: '共 %{units} 个单位；免报 %{exempt} 项不计',
  filed: '已报送', filedHint: '占本月到期应报的 %{share}；其中待审核 %{inReview} 项',
  onTimeRate: '按时率', rateHint: '按时 %{onTime} 项 / 已报或已到期 %{expected} 项',
  rateNone: '尚无已报或已到期的事项',
  unitsOverdue: '本月到期逾期未报单位', overdueHint: '未到期 %{pending} 项，已退回 %{returned} 项',
  overdueTitle: '逾期未报单位及联系人（共 %{units} 个单位 %{items} 项）',
  overdueAll: '在应报事项中查看全部逾期未报',
  explanationPending: '说明待处理',
  deskAllClear: '目前没有需要处理的报送事项。',
  printTitle: '%{title}（打印日期：%{date}）',
  print: '打印',
  printHome: '信用办督查考核平台 · 首页',
  reportsDefault: '默认期间为最近一轮已截止的报送（%{label}）。',
  circularDefault: '默认为最近一个已截止的季度：%{label}。',
};
