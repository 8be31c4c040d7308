// What the channels' outbox hands a provider and what it gets back. A provider is pure: it builds the signed
// HTTP request of one message and reads the answer; the outbox sends (one HTTP client, one timeout) and
// records. Keeping the wire formats pure lets unit tests pin them byte for byte.

/** One HTTP request, ready to send. */
export interface ChannelRequest {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
}

/**
 * How an attempt ended. TRANSIENT: retry with back-off; PERMANENT: give up (a bad number, a rejected template);
 * THROTTLED: the provider asks us to slow down (retry in a minute); PAUSE: 钉钉's 130101, nothing more to that
 * robot for ten minutes.
 */
export type ChannelOutcome =
  | { ok: true; response: string }
  | { ok: false; failure: 'TRANSIENT' | 'PERMANENT' | 'THROTTLED' | 'PAUSE'; error: string };

/** An SMS to one mobile from an approved template. */
export interface SmsMessage {
  /** 11-digit mainland mobile (the provider adds +86 where its format wants it). */
  mobile: string;
  templateCode: string;
  /** The template's parameters in the order they appear in its text (腾讯云 is positional, 阿里云 named). */
  params: { name: string; value: string }[];
}

export interface SmsAccount {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** 腾讯云 SmsSdkAppId. */
  appId: string | null;
  region: string;
  signName: string;
}

export interface SmsProviderFormat {
  /** `at` and `nonce` are passed in so a request is reproducible (signature tests, the clock). */
  build(message: SmsMessage, account: SmsAccount, at: Date, nonce: string): ChannelRequest;
  read(status: number, body: string): ChannelOutcome;
}

/** A post to a group robot. */
export interface RobotPost {
  /** Markdown-free first line, used as 钉钉's markdown title. */
  title: string;
  /** The post's text (plain text for 企业微信 text; markdown where the robot posts markdown). */
  text: string;
  /** Mobiles to @-mention (the unit's contacts). */
  mentionMobiles: string[];
}

export interface RobotAccount {
  webhookUrl: string;
  /** 钉钉 加签 secret; absent: keyword or IP mode. */
  secret: string | null;
  /** 钉钉 keyword mode: the word every post must contain. */
  keyword: string | null;
}

export interface RobotFormat {
  build(post: RobotPost, account: RobotAccount, at: Date): ChannelRequest;
  read(status: number, body: string): ChannelOutcome;
}
