import type { TranslationMessages } from 'react-admin';

/**
 * The one message catalog of the dashboard (zh-CN).
 * `ra.*` follows the key structure of ra-language-english 5.15, every string translated;
 * `resources.*` names each resource and its fields; `app.*` holds the application's own labels.
 * Chinese has no plural forms, so no message uses the polyglot "||||" separator.
 */
const zh: TranslationMessages = {
  ra: {
    action: {
      add_filter: '添加筛选', add: '添加', back: '返回', bulk_actions: '已选择 %{smart_count} 项',
      cancel: '取消', clear_array_input: '清空列表', clear_input_value: '清除', clone: '复制',
      confirm: '确认', create: '新增', create_item: '新增“%{item}”', delete: '删除', edit: '编辑',
      export: '导出', list: '列表', refresh: '刷新', remove_filter: '移除此筛选',
      remove_all_filters: '移除全部筛选', remove: '移除', reset: '重置', save: '保存', search: '搜索',
      search_columns: '搜索列', select_all: '全选', select_all_button: '全选', select_row: '选择此行',
      show: '查看', sort: '排序', undo: '撤销', unselect: '取消选择', expand: '展开', close: '关闭',
      open_menu: '打开菜单', close_menu: '关闭菜单', update: '更新', move_up: '上移', move_down: '下移',
      open: '打开', toggle_theme: '切换浅色/深色模式', select_columns: '显示列',
      update_application: '重新加载应用',
    },
    boolean: { true: '是', false: '否', null: ' ' },
    page: {
      create: '新增%{name}', dashboard: '首页', edit: '%{name}：%{recordRepresentation}',
      error: '出现错误', list: '%{name}', loading: '加载中', not_found: '页面不存在',
      show: '%{name}：%{recordRepresentation}', empty: '暂无数据', invite: '是否新增一条？',
      access_denied: '无权访问', authentication_error: '身份验证出错',
    },
    input: {
      file: {
        upload_several: '将文件拖放到此处上传，或点击选择文件。',
        upload_single: '将文件拖放到此处上传，或点击选择文件。',
      },
      image: {
        upload_several: '将图片拖放到此处上传，或点击选择图片。',
        upload_single: '将图片拖放到此处上传，或点击选择图片。',
      },
      references: {
        all_missing: '无法找到关联数据。',
        many_missing: '部分关联数据已不存在。',
        single_missing: '关联数据已不存在。',
      },
      password: { toggle_visible: '隐藏密码', toggle_hidden: '显示密码' },
    },
    message: {
      about: '关于', access_denied: '您没有访问此页面的权限', are_you_sure: '确定吗？',
      authentication_error: '身份验证服务返回错误，无法核验您的登录信息。',
      auth_error: '校验登录凭据时出错。',
      bulk_delete_content: '确定要删除选中的 %{smart_count} 项吗？',
      bulk_delete_title: '删除 %{smart_count} 项%{name}',
      bulk_update_content: '确定要更新选中的 %{smart_count} 项吗？',
      bulk_update_title: '更新 %{smart_count} 项%{name}',
      clear_array_input: '确定要清空整个列表吗？',
      delete_content: '确定要删除这条%{name}吗？',
      delete_title: '删除%{name}：%{recordRepresentation}',
      details: '详情', error: '客户端出错，请求未能完成。', invalid_form: '表单有误，请检查标红的字段',
      loading: '请稍候', no: '否', not_found: '您输入的网址有误，或访问的链接已失效。',
      select_all_limit_reached: '数据过多，只选中了前 %{max} 项。',
      unsaved_changes: '部分修改尚未保存，确定要放弃吗？', yes: '是',
      placeholder_data_warning: '网络异常：数据刷新失败。',
    },
    navigation: {
      clear_filters: '清除筛选', no_filtered_results: '当前筛选条件下暂无数据', no_results: '暂无数据',
      no_more_results: '第 %{page} 页超出范围，请返回上一页。',
      page_out_of_boundaries: '第 %{page} 页超出范围', page_out_from_end: '已是最后一页',
      page_out_from_begin: '已是第一页', page_range_info: '第 %{offsetBegin}–%{offsetEnd} 条，共 %{total} 条',
      partial_page_range_info: '第 %{offsetBegin}–%{offsetEnd} 条，共超过 %{offsetEnd} 条',
      current_page: '第 %{page} 页', page: '转到第 %{page} 页', first: '转到第一页', last: '转到最后一页',
      next: '下一页', previous: '上一页', page_rows_per_page: '每页行数：', skip_nav: '跳到正文',
    },
    sort: { sort_by: '按%{field_lower_first}%{order}排列', ASC: '升序', DESC: '降序' },
    auth: {
      auth_check_error: '请登录后继续', user_menu: '个人中心', username: '用户名', password: '密码',
      email: '电子邮箱', sign_in: '登录', sign_in_error: '登录失败，请重试', logout: '退出登录',
    },
    notification: {
      updated: '已更新 %{smart_count} 条记录', created: '已新增记录', deleted: '已删除 %{smart_count} 条记录',
      bad_item: '记录有误', item_doesnt_exist: '记录不存在', http_error: '与服务器通信出错',
      data_provider_error: '数据接口出错，请查看控制台了解详情。', i18n_error: '无法加载所选语言的翻译',
      canceled: '操作已撤销', logged_out: '登录已失效，请重新登录。', not_authorized: '您无权访问此资源。',
      application_update_available: '系统有新版本。', offline: '网络未连接，无法获取数据。',
    },
    validation: {
      required: '必填', minLength: '至少 %{min} 个字符', maxLength: '不能超过 %{max} 个字符',
      minValue: '不能小于 %{min}', maxValue: '不能大于 %{max}', number: '必须是数字',
      email: '必须是有效的电子邮箱地址', oneOf: '必须是以下之一：%{options}',
      regex: '格式不正确（应符合：%{pattern}）', unique: '不能重复',
    },
    saved_queries: {
      label: '已保存的查询', query_name: '查询名称', new_label: '保存当前查询…',
      new_dialog_title: '将当前查询保存为', remove_label: '删除已保存的查询',
      remove_label_with_name: '删除查询“%{name}”', remove_dialog_title: '删除已保存的查询？',
      remove_message: '确定要从已保存的查询中删除该项吗？', help: '筛选列表后可保存此查询，便于下次使用',
    },
    guesser: { empty: { title: '暂无数据', message: '请检查数据接口' } },
    configurable: {
      customize: '自定义', configureMode: '配置此页面',
      inspector: {
        title: '检查器', content: '将鼠标悬停在界面元素上进行配置', reset: '恢复默认设置',
        hideAll: '全部隐藏', showAll: '全部显示',
      },
      Datagrid: { title: '数据表格', unlabeled: '未命名列 #%{column}' },
      SimpleForm: { title: '表单', unlabeled: '未命名输入项 #%{input}' },
      SimpleList: { title: '列表', primaryText: '主要文字', secondaryText: '次要文字', tertiaryText: '第三行文字' },
    },
  },
  resources: {
    circulars: {
      name: '季度通报',
      fields: {
        id: '编号', year: '年度', quarter: '季度', period: '季度', version: '版本', state: '状态', title: '标题',
        body: '正文', number: '发文字号', issuedOn: '成文日期', issuingBody: '发文机关', asOf: '数据冻结时间',
        publishedAt: '发布时间', createdAt: '起草时间', correctionReason: '更正原因', summary: '本季度概况',
        rows: '排名表', rank: '名次', unitName: '单位', expected: '应报', onTime: '按时', late: '逾期',
        missing: '未报', excused: '说明采纳', inReview: '待审核', onTimeRate: '按时率', score: '得分',
      },
    },
    assessments: {
      name: '年度目标考核',
      fields: {
        id: '编号', year: '考核年度', unitId: '单位', unitName: '单位', rank: '名次', expected: '应报',
        onTime: '按时', late: '逾期', missing: '未报', excused: '说明采纳', inReview: '待审核',
        daysLate: '逾期天数', onTimeRate: '按时率', computedScore: '计算得分', deductionTotal: '扣分',
        adjustmentTotal: '调整分', score: '最终得分', hasContact: '已指定负责人', q: '搜索',
        deductions: '扣分明细', adjustments: '人工调整',
      },
    },
    reports: { name: '统计报表' },
    units: {
      name: '单位',
      fields: {
        id: '编号', name: '单位名称', sortOrder: '排序号', creditCode: '统一社会信用代码', address: '地址',
        active: '启用', createdAt: '创建时间', updatedAt: '更新时间', q: '搜索',
        contacts: '负责人/联系人', assignments: '报送责任',
      },
    },
    contacts: {
      name: '联系人',
      fields: {
        id: '编号', unitId: '所属单位', name: '姓名', post: '职务', phone: '办公电话', mobile: '手机',
        email: '电子邮箱', primary: '主要联系人', leader: '分管领导', q: '搜索',
      },
    },
    streams: {
      name: '报送事项',
      fields: {
        id: '编号', code: '事项代码', name: '事项名称', cadence: '报送周期', dueDay: '截止日',
        dueDate: '截止日期', holidayPolicy: '节假日处理', correctionWorkdays: '补正期限（工作日）',
        since: '起始日期', description: '说明', active: '启用', sortOrder: '排序号', q: '搜索',
        requiresCounts: '须填报四项统计数',
      },
    },
    assignments: {
      name: '报送责任',
      fields: {
        id: '编号', unitId: '单位', streamId: '报送事项', validFrom: '生效日期', validTo: '终止日期', q: '搜索',
      },
    },
    users: {
      name: '用户',
      fields: {
        id: '编号', username: '用户名', role: '角色', unitId: '所属单位', displayName: '姓名',
        active: '启用', createdAt: '创建时间', password: '初始密码', newPassword: '重置密码', q: '搜索',
      },
    },
    'audit-events': {
      name: '操作日志',
      fields: {
        id: '编号', at: '时间', userId: '用户编号', username: '操作人', action: '操作', resource: '对象类型',
        recordId: '记录编号', unitId: '单位', before: '修改前', after: '修改后', q: '搜索',
      },
    },
    obligations: {
      name: '应报事项',
      fields: {
        id: '编号', unitId: '单位', unitName: '单位', streamId: '报送事项', streamCode: '事项代码',
        streamName: '报送事项', period: '报送期间', dueAt: '截止时间', status: '状态', pastDue: '已过截止时间',
        daysLate: '迟报天数', latestSubmissionId: '最新报送', from: '起始月份', to: '截止月份',
      },
    },
    submissions: {
      name: '报送',
      fields: {
        id: '编号', obligationId: '应报事项', unitId: '单位', unitName: '单位', streamCode: '事项代码',
        streamName: '报送事项', period: '报送期间', dueAt: '截止时间', version: '版本', kind: '报送类型',
        counts: '统计数', reason: '情况说明', filedAt: '报送时间', recordedByOffice: '信用办补录',
        reviewState: '审核状态', review: '审核意见', attachments: '附件', noData: '本期无数据',
        legalPersonLicenses: '法人行政许可', legalPersonPenalties: '法人行政处罚',
        naturalPersonLicenses: '自然人行政许可', naturalPersonPenalties: '自然人行政处罚',
      },
    },
    explanations: {
      name: '未报说明',
      fields: {
        id: '编号', obligationId: '应报事项', unitId: '单位', unitName: '单位', streamCode: '事项代码',
        period: '报送期间', category: '原因类别', text: '说明内容', status: '处理状态', filedAt: '提交时间',
        decisionReason: '处理意见', decidedAt: '处理时间',
      },
    },
    exemptions: {
      name: '免报',
      fields: {
        id: '编号', obligationId: '应报事项', unitId: '单位', unitName: '单位', streamCode: '事项代码',
        period: '报送期间', reason: '免报理由', createdAt: '免报时间',
      },
    },
  },
  app: {
    circulars: {
      quarter: { 1: '第一季度', 2: '第二季度', 3: '第三季度', 4: '第四季度' },
      quarterOf: '%{year}年%{quarter}',
      state: { DRAFT: '草稿', PUBLISHED: '已发布' },
      draftHelp: '起草时冻结该季度各单位的报送状态、指标和排名，并生成通报草稿；季度最后一个月的报送截止后方可起草。',
      bodyHelp: '每行为一段；以“一、”等开头的行为小标题；单独一行“【排名表】”处插入排名表（删去则排名表附在正文之后）。',
      download: '下载公文（.docx）', draft: '起草通报', publish: '发布', publishTitle: '发布通报', issuedOn: '成文日期',
      issuedOnHelp: '留空为今天；须在季度结束之后、不晚于今天', published: '通报已发布：%{number}',
      correct: '发布更正', correctTitle: '更正已发布的通报', correctReason: '更正原因',
      correctHelp: '将重新冻结该季度数据并起草更正版本，原通报保留不变', corrected: '已起草更正版本，请核对后发布',
      replaces: '本通报更正：', replacedBy: '本通报已被更正为：', versions: '各版本',
      totals: '应报 %{expected} 件，按时 %{onTime} 件，逾期 %{late} 件，未报 %{missing} 件，说明采纳 %{excused} 件，待审核 %{inReview} 件；按时报送率 %{rate}',
    },
    assessments: {
      status: { OPEN: '未定稿（实时计算）', FINALISED: '已定稿' },
      rulesLine: '评分规则：逾期每件扣 %{late} 分，未报每件扣 %{missing} 分，说明采纳每件扣 %{excused} 分，未指定负责人扣 %{noContact} 分',
      rule: {
        latePerReport: '逾期报送每件扣分', missingPerReport: '未报送每件扣分', excusedPerReport: '说明采纳每件扣分',
        noContact: '未指定负责人扣分',
      },
      rulesTitle: '%{year}年度评分规则', editRules: '评分规则', rulesSaved: '评分规则已保存',
      export: '导出考核表（.xlsx）', finalise: '定稿', finaliseTitle: '%{year}年度考核定稿',
      finaliseConfirm: '定稿后各单位得分和扣分明细将冻结，不能再修改评分规则或调整分；如需修改，须由管理员说明理由后重新打开。确定定稿吗？',
      finalised: '%{year}年度考核已定稿', reopen: '重新打开', reopenTitle: '重新打开%{year}年度考核',
      reopenReason: '重新打开的理由', reopened: '已重新打开，得分恢复实时计算',
      adjust: '调整得分', adjustTitle: '调整得分：%{unit}', points: '调整分值', pointsHelp: '加分填正数，扣分填负数，最多两位小数',
      reason: '调整理由', adjusted: '已调整得分', removeAdjustment: '撤销', adjustmentRemoved: '已撤销调整',
      why: '得分说明', whyLine: '满分 100 分，扣 %{deductions} 分，计算得分 %{computed} 分；人工调整 %{adjustments} 分；最终得分 %{score} 分。',
      finalisedNote: '（已定稿）', cause: '扣分原因', detail: '扣分事项', lost: '扣分', by: '调整人', at: '调整时间',
      noDeductions: '没有扣分', noAdjustments: '没有人工调整',
    },
    reports: {
      intro: '按实施方案附件的格式导出电子表格；统计数来自各单位报送并经信用办审核通过的“双公示”月度统计。',
      summaryTitle: '附件5 召陵区“双公示”数据情况统计表', summaryHelp: '各单位截至所选月份的累计数（法人、自然人的行政处罚和行政许可），含合计行。',
      incrementTitle: '附件6 召陵区“双公示”增量统计表', incrementHelp: '各单位所选期间内的新增数，含合计行。',
      rosterTitle: '负责人名单和联系方式', rosterHelp: '各单位报送的负责人、分管领导及联系人；未报送的单位单独标出。',
      period: '统计截至月份', from: '起始月份', to: '截止月份', download: '下载表格（.xlsx）',
    },
    title: '信用办督查考核平台',
    office: '召陵区社会信用体系建设工作领导小组办公室',
    empty: '暂无数据',
    none: '—',
    cadence: { MONTHLY: '每月', QUARTERLY: '每季度', YEARLY: '每年', ONCE: '一次性' },
    holidayPolicy: { NEXT_WORKDAY: '顺延至下一工作日', NONE: '不顺延' },
    role: { ADMIN: '管理员', LEADER: '领导小组成员', UNIT: '单位联系人' },
    audit: {
      action: {
        CREATE: '新增', UPDATE: '修改', DELETE: '删除', LOGIN: '登录', CHANGE_PASSWORD: '修改密码',
        ACCEPT: '通过', RETURN: '退回', REJECT: '不予采纳', EXEMPT: '免报', PUBLISH: '发布',
        FINALISE: '定稿', REOPEN: '重新打开',
      },
      resource: {
        auth: '登录认证', users: '用户', units: '单位', contacts: '联系人', streams: '报送事项',
        assignments: '报送责任', obligations: '应报事项', submissions: '报送', reviews: '审核',
        explanations: '未报说明', exemptions: '免报', attachments: '附件', 'scoring-rules': '评分规则', notices: '通知', circulars: '季度通报',
        assessments: '年度目标考核', 'assessment-adjustments': '考核加减分', settings: '系统设置',
      },
    },
    validation: {
      creditCode: '统一社会信用代码为 18 位数字或大写字母（不含 I、O、S、V、Z）',
      phone: '请输入有效的电话号码，如 0395-2605859',
      mobile: '请输入 11 位手机号码',
      streamCode: '事项代码以大写字母开头，只含大写字母、数字和下划线',
      username: '用户名为 3–32 位字母、数字、下划线、点或连字符',
      validTo: '终止日期不能早于生效日期',
    },
    helper: {
      dueDay: '按月/季/年报送时，截止日为下一周期的第几日',
      dueDate: '一次性事项的截止日期',
      validTo: '留空表示长期有效',
      newPassword: '留空则不修改',
      unitRequired: '单位联系人必须指定所属单位',
    },
    status: {
      EXEMPT: '免报', PENDING: '未到期', SUBMITTED: '待审核', ON_TIME: '按时', LATE: '迟报',
      RETURNED: '已退回', OVERDUE: '逾期未报', EXCUSED: '已说明',
    },
    reviewState: { PENDING: '待审核', ACCEPTED: '已通过', RETURNED: '已退回' },
    kind: { DATA: '报送数据', NO_DATA: '本期无数据' },
    explanationStatus: { PENDING: '待处理', ACCEPTED: '已采纳', REJECTED: '不予采纳' },
    explanationCategory: {
      STAFF_CHANGE: '人员变动', SYSTEM_FAILURE: '系统故障', DATA_NOT_READY: '数据尚未汇总',
      NOT_NOTIFIED: '未收到通知', FORCE_MAJEURE: '不可抗力', OTHER: '其他',
    },
    version: '第 %{version} 版',
    actions: '操作',
    menu: { home: '首页', desk: '我的报送', reviewQueue: '报送审核', history: '报送记录', myContacts: '本单位联系人' },
    range: {
      kind: '统计范围', month: '按月', quarter: '按季度', year: '按年', value: '期间',
      quarterLabel: '%{year}年第%{quarter}季度', yearLabel: '%{year}年', monthLabel: '%{year}年%{month}月',
    },
    home: {
      figuresTitle: '本月报送情况（%{month}截止的报送）',
      owed: '本月应报', filed: '已报送', onTimeRate: '按时率', unitsOverdue: '本月逾期单位',
      owedHint: '免报 %{exempt} 项不计', filedHint: '其中待审核 %{inReview} 项', rateHint: '按时 %{onTime} / 应报 %{expected}',
      overdueHint: '未到期 %{pending} 项，已退回 %{returned} 项',
      rankingTitle: '单位排名', rankingChart: '各单位报送情况（按排名）',
      trendTitle: '近 12 个月按时率趋势', trendPeriod: '报送期间', submittedRate: '报送率',
      matrixTitle: '单位 × 月份 报送状态', legend: '图例', allStreams: '全部报送事项',
      overdueTitle: '逾期未报单位及联系人', overdueCount: '逾期 %{count} 项', maxDays: '最长逾期 %{days} 天',
      noContact: '未登记联系人', contact: '联系人', call: '拨打', mail: '发邮件',
      rank: '名次', unit: '单位', score: '得分', expected: '应报', onTime: '按时', late: '迟报', missing: '未报',
      excused: '已说明', inReview: '待审核', daysLate: '迟报天数', hasContact: '联系人',
    },
    desk: {
      title: '我的报送',
      intro: '本单位的应报事项：请在截止时间前报送；已退回的请按信用办意见修改后重新报送。',
      returned: '已退回，待重新报送', overdue: '逾期未报', dueSoon: '即将到期', inReview: '审核中',
      nothing: '暂无数据', dueIn: '还剩 %{days} 天', dueToday: '今天截止', overdueBy: '已逾期 %{days} 天',
      officeReason: '信用办退回意见：%{reason}', file: '报送', refile: '重新报送', explain: '提交未报说明',
      explained: '已提交未报说明', history: '报送记录',
    },
    filing: {
      title: '报送：%{stream}（%{period}）', obligation: '应报事项', due: '截止时间：%{due}',
      countsTitle: '本期统计数（附件1–4）', noDataHelp: '本期没有产生相关信息时勾选，并填写情况说明',
      reasonHelp: '请说明本期无数据的原因', attachments: '附件', submit: '提交报送', filed: '已提交报送，等待信用办审核',
      notOpen: '该事项当前无需报送', returnedBecause: '上次报送被退回：%{reason}',
    },
    upload: {
      choose: '选择文件上传', uploading: '正在上传 %{name}（%{percent}%）', failed: '上传失败：%{name}', remove: '移除',
      hint: '支持 xlsx、xls、docx、doc、pdf、ofd、csv、zip、图片等，单个文件不超过 20 MB', size: '%{size} KB',
    },
    review: {
      accept: '通过', return: '退回', returnTitle: '退回报送', reason: '退回原因', reasonHelp: '请写明需要修改的内容，单位将看到此意见',
      accepted: '已审核通过', returned: '已退回，单位将看到退回原因', queueEmpty: '暂无待审核的报送',
      reviewedAt: '审核时间', correctionUntil: '补正截止',
    },
    decision: {
      accept: '采纳', reject: '不予采纳', rejectTitle: '不予采纳未报说明', reason: '理由', accepted: '已采纳该说明',
      rejected: '已不予采纳',
    },
    explain: { title: '提交未报说明', submitted: '未报说明已提交，等待信用办处理' },
    exemption: {
      create: '免报', title: '免报该事项', reason: '免报理由', created: '已免报', revoke: '撤销免报', revoked: '已撤销免报',
    },
    login: { missing: '请输入用户名和密码', signingIn: '正在登录…' },
    password: {
      menu: '修改密码',
      title: '修改密码',
      currentPassword: '当前密码',
      newPassword: '新密码',
      confirmPassword: '确认新密码',
      mismatch: '两次输入的新密码不一致',
      sameAsOld: '新密码不能与当前密码相同',
      changed: '密码已修改',
      submit: '确认修改',
    },
    error: {
      400: '提交的数据有误，请检查后重试',
      401: '登录已失效，请重新登录',
      403: '您无权执行此操作',
      404: '记录不存在或无权查看',
      409: '操作冲突：数据重复或已被锁定',
      413: '提交的内容过大',
      429: '操作过于频繁，请稍后再试',
      500: '服务器内部错误，请稍后再试',
      network: '无法连接服务器，请检查网络',
      login: '用户名或密码错误',
    },
  },
};

export default zh;
