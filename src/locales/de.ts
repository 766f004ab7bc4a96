import type { ErrorKitMessages } from './types';

/**
 * The German catalog. Plain language with "Sie": say what happened and what to do next,
 * without status numbers or jargon. Import it from `errorkit/locales/de`.
 */
export const de: ErrorKitMessages = {
  locale: 'de',
  dir: 'ltr',
  kinds: {
    validation: {
      title: 'Prüfen Sie Ihre Angaben',
      message:
        'Einige Ihrer Angaben müssen korrigiert werden. Prüfen Sie sie und versuchen Sie es erneut.',
    },
    unauthenticated: {
      title: 'Ihre Sitzung ist abgelaufen',
      message:
        'Melden Sie sich erneut an, um weiterzumachen. Was Sie auf dieser Seite eingegeben haben, bleibt erhalten.',
    },
    forbidden: {
      title: 'Sie haben keinen Zugriff',
      message:
        'Mit Ihrem Konto ist das nicht erlaubt. Wenden Sie sich an die Administration, wenn Sie Zugriff brauchen.',
    },
    'not-found': {
      title: 'Nicht gefunden',
      message:
        'Wir konnten nicht finden, wonach Sie gesucht haben. Es wurde vielleicht verschoben oder gelöscht.',
    },
    conflict: {
      title: 'Das hat sich geändert',
      message:
        'Das passt nicht zu einer Änderung, die an anderer Stelle gemacht wurde. Laden Sie die Seite neu, um den aktuellen Stand zu sehen, und versuchen Sie es dann erneut.',
    },
    'rate-limited': {
      title: 'Zu viele Anfragen',
      message:
        'Sie haben in kurzer Zeit zu viele Anfragen gestellt. Warten Sie einen Moment und versuchen Sie es dann erneut.',
    },
    unavailable: {
      title: 'Dienst nicht verfügbar',
      message:
        'Der Dienst ist gerade nicht verfügbar. Versuchen Sie es in ein paar Minuten erneut.',
    },
    server: {
      title: 'Etwas ist schiefgelaufen',
      message: 'Auf dem Server ist etwas schiefgelaufen. Versuchen Sie es später erneut.',
    },
    timeout: {
      title: 'Das dauert zu lange',
      message: 'Der Server hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
    },
    network: {
      title: 'Keine Verbindung',
      message: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
    },
    cancelled: {
      title: 'Anfrage abgebrochen',
      message: 'Die Anfrage wurde abgebrochen, bevor sie fertig war.',
    },
    client: {
      title: 'Das hat nicht geklappt',
      message:
        'Die Anfrage konnte nicht ausgeführt werden. Versuchen Sie es erneut oder wenden Sie sich an den Support, wenn das immer wieder passiert.',
    },
    unknown: {
      title: 'Etwas ist schiefgelaufen',
      message:
        'Etwas Unerwartetes ist passiert. Versuchen Sie es erneut oder wenden Sie sich an den Support, wenn das immer wieder passiert.',
    },
  },
  errorPrefix: 'Fehler:',
  summaryTitle: 'Es gibt ein Problem',
  reference: 'Referenz: {id}',
  retryNow: 'Jetzt erneut versuchen',
  stop: 'Anhalten',
  tryAgain: 'Erneut versuchen',
  retryingIn: {
    one: 'Neuer Versuch in {count} Sekunde',
    other: 'Neuer Versuch in {count} Sekunden',
  },
  retryingInMinutes: {
    one: 'Neuer Versuch in {count} Minute',
    other: 'Neuer Versuch in {count} Minuten',
  },
  attempt: 'Versuch {attempt} von {max}',
  paused: 'Pausiert, solange Sie offline sind. Es geht weiter, sobald Sie wieder online sind.',
  stopped: 'Die automatischen Versuche sind angehalten.',
  willRetry: 'Wir versuchen es automatisch noch einmal.',
  retrying: 'Neuer Versuch läuft.',
  exhausted: 'Wir haben es mehrmals ohne Erfolg versucht.',
  notRetried: 'Das wurde nicht automatisch wiederholt, damit nichts doppelt gesendet wird.',
  signInAgain: 'Erneut anmelden',
  signingIn: 'Anmeldung läuft…',
  signInFailed: 'Die Anmeldung hat nicht geklappt. Versuchen Sie es erneut.',
  askForAccess: 'Fragen Sie {contact} nach Zugriff.',
  requestAccess: 'Zugriff anfragen',
  fields: {
    required: 'Dieses Feld ist erforderlich.',
    taken: 'Dieser Wert ist bereits vergeben.',
    invalid: 'Prüfen Sie diese Angabe.',
  },
  statusPage: 'Status des Dienstes prüfen',
  contactSupport: 'Support kontaktieren',
  signedIn: 'Sie sind wieder angemeldet',
  notSentYet:
    'Ihre Eingaben wurden noch nicht gesendet. Senden Sie sie erneut, wenn Sie so weit sind.',
  sendAgain: 'Erneut senden',
};
