import type { ErrorKitMessages } from './types';

/**
 * The Arabic catalog, in Modern Standard Arabic, written right to left. Plain language: say what
 * happened and what to do next, without status numbers or jargon. Import it from
 * `errorkit/locales/ar`.
 *
 * `retryingIn` has all six Arabic plural forms. The `one` and `two` forms name the number in the
 * word itself ("ثانية واحدة", "ثانيتين"), as Arabic does, so they have no `{count}`.
 */
export const ar: ErrorKitMessages = {
  locale: 'ar',
  dir: 'rtl',
  kinds: {
    validation: {
      title: 'تحقق من بياناتك',
      message: 'بعض البيانات التي أدخلتها تحتاج إلى تصحيح. تحقق منها ثم حاول مرة أخرى.',
    },
    unauthenticated: {
      title: 'انتهت جلستك',
      message: 'سجّل الدخول مرة أخرى للمتابعة. ما أدخلته في هذه الصفحة لن يضيع.',
    },
    forbidden: {
      title: 'ليس لديك إذن بالوصول',
      message: 'لا يسمح حسابك بتنفيذ هذا الإجراء. اطلب الإذن من أحد المسؤولين إذا كنت تحتاج إليه.',
    },
    'not-found': {
      title: 'غير موجود',
      message: 'لم نعثر على ما طلبته. ربما نُقل إلى مكان آخر أو حُذف.',
    },
    conflict: {
      title: 'حدث تغيير',
      message: 'يتعارض هذا مع تغيير أُجري في مكان آخر. حدّث الصفحة لترى أحدث نسخة، ثم حاول مرة أخرى.',
    },
    'rate-limited': {
      title: 'طلبات كثيرة جدًا',
      message: 'أرسلت طلبات كثيرة في وقت قصير. انتظر قليلًا، ثم حاول مرة أخرى.',
    },
    unavailable: {
      title: 'الخدمة غير متاحة',
      message: 'الخدمة غير متاحة الآن. حاول مرة أخرى بعد بضع دقائق.',
    },
    server: {
      title: 'حدث خطأ ما',
      message: 'حدث خطأ في الخادم. حاول مرة أخرى لاحقًا.',
    },
    timeout: {
      title: 'يستغرق هذا وقتًا طويلًا',
      message: 'استغرق الخادم وقتًا طويلًا في الرد. حاول مرة أخرى.',
    },
    network: {
      title: 'تعذر الاتصال',
      message: 'تحقق من اتصالك بالإنترنت، ثم حاول مرة أخرى.',
    },
    cancelled: {
      title: 'أُلغي الطلب',
      message: 'أُلغي الطلب قبل أن يكتمل.',
    },
    client: {
      title: 'تعذر تنفيذ هذا',
      message: 'تعذر إكمال الطلب. حاول مرة أخرى، أو تواصل مع الدعم إذا تكرر ذلك.',
    },
    unknown: {
      title: 'حدث خطأ ما',
      message: 'حدث شيء غير متوقع. حاول مرة أخرى، أو تواصل مع الدعم إذا تكرر ذلك.',
    },
  },
  errorPrefix: 'خطأ:',
  summaryTitle: 'توجد مشكلة',
  reference: 'الرقم المرجعي: {id}',
  retryNow: 'أعد المحاولة الآن',
  stop: 'إيقاف',
  tryAgain: 'حاول مرة أخرى',
  retryingIn: {
    zero: 'إعادة المحاولة خلال {count} ثانية',
    one: 'إعادة المحاولة خلال ثانية واحدة',
    two: 'إعادة المحاولة خلال ثانيتين',
    few: 'إعادة المحاولة خلال {count} ثوانٍ',
    many: 'إعادة المحاولة خلال {count} ثانيةً',
    other: 'إعادة المحاولة خلال {count} ثانية',
  },
  retryingInMinutes: {
    zero: 'إعادة المحاولة خلال {count} دقيقة',
    one: 'إعادة المحاولة خلال دقيقة واحدة',
    two: 'إعادة المحاولة خلال دقيقتين',
    few: 'إعادة المحاولة خلال {count} دقائق',
    many: 'إعادة المحاولة خلال {count} دقيقةً',
    other: 'إعادة المحاولة خلال {count} دقيقة',
  },
  attempt: 'المحاولة {attempt} من {max}',
  paused: 'متوقف مؤقتًا لأنك غير متصل بالإنترنت. سيستأنف عند عودة الاتصال.',
  stopped: 'توقفت إعادة المحاولة التلقائية.',
  willRetry: 'سنعيد المحاولة تلقائيًا.',
  retrying: 'تجري إعادة المحاولة الآن.',
  exhausted: 'حاولنا عدة مرات دون نجاح.',
  notRetried: 'لم تُعَد المحاولة تلقائيًا، حتى لا يُرسل أي شيء مرتين.',
  signInAgain: 'سجّل الدخول مرة أخرى',
  signingIn: 'جارٍ تسجيل الدخول…',
  signInFailed: 'تعذر تسجيل الدخول. حاول مرة أخرى.',
  askForAccess: 'اطلب إذن الوصول من {contact}.',
  requestAccess: 'طلب إذن الوصول',
  fields: {
    required: 'هذا الحقل مطلوب.',
    taken: 'هذه القيمة مستخدمة بالفعل.',
    invalid: 'راجع هذه الإجابة.',
  },
  statusPage: 'اطّلع على حالة الخدمة',
  contactSupport: 'تواصل مع الدعم',
  signedIn: 'تم تسجيل دخولك من جديد',
  notSentYet: 'لم يُرسَل ما أدخلته بعد. أرسله مرة أخرى عندما تكون جاهزًا.',
  sendAgain: 'أرسل مرة أخرى',
};
