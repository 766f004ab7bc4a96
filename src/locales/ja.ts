import type { ErrorKitMessages } from './types';

/**
 * The Japanese catalog, in the polite です/ます register. Plain language: say what happened and
 * what to do next, without status numbers or jargon. Import it from `errorkit/locales/ja`.
 *
 * Japanese has one plural form, so `retryingIn` has only `other`.
 */
export const ja: ErrorKitMessages = {
  locale: 'ja',
  dir: 'ltr',
  kinds: {
    validation: {
      title: '入力内容を確認してください',
      message: '入力した内容の一部に修正が必要です。確認して、もう一度お試しください。',
    },
    unauthenticated: {
      title: 'セッションが終了しました',
      message: '続けるには、もう一度ログインしてください。このページで入力した内容は保持されます。',
    },
    forbidden: {
      title: 'アクセス権がありません',
      message:
        'お使いのアカウントでは、この操作は許可されていません。アクセスが必要な場合は、管理者に依頼してください。',
    },
    'not-found': {
      title: '見つかりません',
      message: 'お探しのものが見つかりませんでした。移動または削除された可能性があります。',
    },
    conflict: {
      title: '内容が変更されています',
      message:
        'ほかの場所で行われた変更と競合しています。ページを再読み込みして最新の内容を確認してから、もう一度お試しください。',
    },
    'rate-limited': {
      title: 'リクエストが多すぎます',
      message:
        '短い時間に多くのリクエストが送信されました。少し待ってから、もう一度お試しください。',
    },
    unavailable: {
      title: 'サービスを利用できません',
      message: '現在、サービスを利用できません。数分後にもう一度お試しください。',
    },
    server: {
      title: '問題が発生しました',
      message: 'サーバーで問題が発生しました。しばらくしてから、もう一度お試しください。',
    },
    timeout: {
      title: '時間がかかりすぎています',
      message: 'サーバーの応答に時間がかかりすぎました。もう一度お試しください。',
    },
    network: {
      title: '接続できません',
      message: 'インターネット接続を確認してから、もう一度お試しください。',
    },
    cancelled: {
      title: 'リクエストが取り消されました',
      message: 'リクエストは完了する前に取り消されました。',
    },
    client: {
      title: '完了できませんでした',
      message:
        'リクエストを完了できませんでした。もう一度お試しください。繰り返し発生する場合は、サポートにお問い合わせください。',
    },
    unknown: {
      title: '問題が発生しました',
      message:
        '予期しない問題が発生しました。もう一度お試しください。繰り返し発生する場合は、サポートにお問い合わせください。',
    },
  },
  errorPrefix: 'エラー：',
  summaryTitle: '問題があります',
  reference: '参照番号：{id}',
  retryNow: '今すぐ再試行',
  stop: '停止',
  tryAgain: 'もう一度試す',
  retryingIn: { other: '{count}秒後に再試行します' },
  retryingInMinutes: { other: '{count}分後に再試行します' },
  attempt: '{max}回中{attempt}回目',
  paused: 'オフラインのため一時停止しています。オンラインに戻ると再開します。',
  stopped: '自動での再試行を停止しました。',
  willRetry: '自動で再試行します。',
  retrying: '再試行しています。',
  exhausted: '何度か試しましたが、成功しませんでした。',
  notRetried: '二重に送信されないよう、自動では再試行していません。',
  signInAgain: 'もう一度ログイン',
  signingIn: 'ログインしています…',
  signInFailed: 'ログインできませんでした。もう一度お試しください。',
  askForAccess: '{contact}にアクセス権を依頼してください。',
  requestAccess: 'アクセス権を申請',
  fields: {
    required: 'この項目は必須です。',
    taken: 'この値はすでに使われています。',
    invalid: 'この回答を確認してください。',
  },
  statusPage: 'サービスの状況を確認',
  contactSupport: 'サポートに問い合わせる',
  signedIn: '再びログインしました',
  notSentYet: '入力した内容はまだ送信されていません。準備ができたら、もう一度送信してください。',
  sendAgain: 'もう一度送信',
};
