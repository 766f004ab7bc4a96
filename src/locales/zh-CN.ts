import type { ErrorKitMessages } from './types';

/**
 * The Simplified Chinese catalog. Plain, concise language with "您": say what happened and what
 * to do next, without status numbers or jargon. Import it from `errorkit/locales/zh-CN`.
 *
 * Chinese has one plural form, so `retryingIn` has only `other`.
 */
export const zhCN: ErrorKitMessages = {
  locale: 'zh-CN',
  dir: 'ltr',
  kinds: {
    validation: {
      title: '检查您填写的信息',
      message: '您填写的部分信息需要修改。检查后再试一次。',
    },
    unauthenticated: {
      title: '登录已过期',
      message: '重新登录即可继续。您在此页面填写的内容会保留。',
    },
    forbidden: {
      title: '您没有访问权限',
      message: '您的账号无权执行此操作。如需访问权限，可联系管理员。',
    },
    'not-found': {
      title: '找不到内容',
      message: '找不到您要的内容。它可能已被移动或删除。',
    },
    conflict: {
      title: '内容已更改',
      message: '此操作与其他地方所做的更改冲突。刷新页面查看最新版本，然后再试一次。',
    },
    'rate-limited': {
      title: '请求过于频繁',
      message: '您在短时间内发出的请求太多。稍等片刻，然后再试一次。',
    },
    unavailable: {
      title: '服务暂不可用',
      message: '服务目前不可用。几分钟后再试一次。',
    },
    server: {
      title: '出了点问题',
      message: '服务器出了点问题。稍后再试一次。',
    },
    timeout: {
      title: '耗时过长',
      message: '服务器响应时间过长。再试一次。',
    },
    network: {
      title: '无法连接',
      message: '检查您的网络连接，然后再试一次。',
    },
    cancelled: {
      title: '请求已取消',
      message: '请求在完成前已被取消。',
    },
    client: {
      title: '无法完成',
      message: '无法完成该请求。再试一次；如果问题持续出现，可联系支持团队。',
    },
    unknown: {
      title: '出了点问题',
      message: '发生了意外问题。再试一次；如果问题持续出现，可联系支持团队。',
    },
  },
  errorPrefix: '错误：',
  summaryTitle: '出现问题',
  reference: '参考编号：{id}',
  retryNow: '立即重试',
  stop: '停止',
  tryAgain: '重试',
  retryingIn: { other: '{count} 秒后重试' },
  retryingInMinutes: { other: '{count} 分钟后重试' },
  attempt: '第 {attempt} 次尝试（共 {max} 次）',
  paused: '您目前处于离线状态，已暂停。恢复联网后将自动继续。',
  stopped: '已停止自动重试。',
  willRetry: '我们会自动重试。',
  retrying: '正在重试。',
  exhausted: '已尝试多次，均未成功。',
  notRetried: '为避免重复提交，未自动重试。',
  signInAgain: '重新登录',
  signingIn: '正在登录…',
  signInFailed: '登录失败。再试一次。',
  askForAccess: '向{contact}申请访问权限。',
  requestAccess: '申请访问权限',
  fields: {
    required: '此项为必填项。',
    taken: '此值已被使用。',
    invalid: '检查此项填写内容。',
  },
  statusPage: '查看服务状态',
  contactSupport: '联系支持团队',
  signedIn: '您已重新登录',
  notSentYet: '您填写的内容尚未发送。准备好后再发送一次。',
  sendAgain: '再次发送',
};
