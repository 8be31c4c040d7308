// 企业微信 group robot (webhook https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…): a text post when the unit's
// contacts are to be @-mentioned (only text carries mentioned_mobile_list), else markdown. Limits are bytes of
// UTF-8 of the content: text 2048, markdown 4096.
import type { ChannelRequest, RobotAccount, RobotFormat, RobotPost } from '../channel-request.ts';
import { fitUtf8, readRobotAnswer, type RobotAnswerCode } from './robot-text.ts';

export const WECOM_TEXT_MAX_BYTES = 2048;
export const WECOM_MARKDOWN_MAX_BYTES = 4096;

/** 企业微信's answers by errcode: 45009 is over 20 posts a minute, -1 (busy) is retried, the rest never pass. */
const CODES: Record<number, RobotAnswerCode> = {
  45009: ['THROTTLED', '发送过快（每分钟超过 20 条），稍后重发'],
  93000: ['PERMANENT', '机器人推送地址无效，请核对后重新设置'],
  93004: ['PERMANENT', '机器人已被移出群聊'],
  40008: ['PERMANENT', '消息类型无效'],
  40058: ['PERMANENT', '请求参数有误'],
  44004: ['PERMANENT', '消息内容为空'],
  45002: ['PERMANENT', '消息内容过长'],
  [-1]: ['TRANSIENT', '企业微信繁忙，稍后重试'],
};

export const wecomRobot: RobotFormat = {
  build(post: RobotPost, account: RobotAccount): ChannelRequest {
    const mobiles = [...new Set(post.mentionMobiles)];
    const message =
      mobiles.length > 0
        ? {
            msgtype: 'text',
            text: { content: fitUtf8(post.text, WECOM_TEXT_MAX_BYTES), mentioned_mobile_list: mobiles },
          }
        : { msgtype: 'markdown', markdown: { content: fitUtf8(post.text, WECOM_MARKDOWN_MAX_BYTES) } };
    return {
      url: account.webhookUrl,
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(message),
    };
  },

  read(status: number, body: string) {
    return readRobotAnswer(status, body, CODES);
  },
};
