// The catalog's part for the lists (issue 13, point 6): the .xlsx export of every list, the search boxes, the
// office's bulk actions and the menu's count badges. Merged into zh.ts as `app.lists`.

export const listsMessages = {
  export: '导出 Excel',
  search: '搜索（单位、事项、期间）',
  searchText: '搜索（单位、事项、期间、说明）',
  selected: '已选 %{count} 项',
  bulkAccept: '批量通过',
  bulkAcceptTitle: '通过所选的 %{count} 份报送？',
  bulkAcceptContent: '所选报送将全部审核通过（其中任何一份不能通过时，全部不办理，并列出原因）。',
  bulkAccepted: '已通过 %{count} 份报送',
  bulkExempt: '批量免报',
  bulkExemptTitle: '免报所选的 %{count} 项应报事项',
  bulkExemptReason: '免报理由（对所选各项相同）',
  bulkExempted: '已免报 %{count} 项',
  chase: '催报所选单位',
  chaseTitle: '向所选事项涉及的 %{count} 个单位发出催报？',
  chaseContent: '每个单位收到一份催报通知（站内信，已登记邮箱的同时发邮件），列出其目前全部逾期未报的事项。同一单位每天只催报一次。',
  chased: '已向 %{count} 个单位发出催报',
  refused: '%{message}：%{items}',
  pendingCount: '%{count} 项待处理',
};
