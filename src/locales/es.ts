import type { ErrorKitMessages } from './types';

/**
 * The Spanish catalog, in neutral Spanish for Spain and Latin America. Plain language with
 * "usted": say what happened and what to do next, without status numbers or jargon. Import it
 * from `errorkit/locales/es`.
 *
 * `retryingIn` has the three Spanish plural forms: `one`, `many` ("1.000.000 de segundos") and
 * `other`.
 */
export const es: ErrorKitMessages = {
  locale: 'es',
  dir: 'ltr',
  kinds: {
    validation: {
      title: 'Revise sus datos',
      message: 'Algunos de los datos que indicó deben corregirse. Revíselos e inténtelo de nuevo.',
    },
    unauthenticated: {
      title: 'Su sesión ha finalizado',
      message:
        'Vuelva a iniciar sesión para continuar. Lo que escribió en esta página se conserva.',
    },
    forbidden: {
      title: 'No tiene acceso',
      message:
        'Su cuenta no tiene permiso para hacer esto. Si necesita acceso, pídaselo a un administrador.',
    },
    'not-found': {
      title: 'No se encontró',
      message: 'No encontramos lo que buscaba. Es posible que se haya movido o eliminado.',
    },
    conflict: {
      title: 'Esto ha cambiado',
      message:
        'Esto entra en conflicto con un cambio hecho en otro lugar. Actualice la página para ver la versión más reciente e inténtelo de nuevo.',
    },
    'rate-limited': {
      title: 'Demasiadas solicitudes',
      message:
        'Ha hecho demasiadas solicitudes en poco tiempo. Espere un momento e inténtelo de nuevo.',
    },
    unavailable: {
      title: 'Servicio no disponible',
      message:
        'El servicio no está disponible en este momento. Inténtelo de nuevo en unos minutos.',
    },
    server: {
      title: 'Algo salió mal',
      message: 'Algo salió mal en el servidor. Inténtelo de nuevo más tarde.',
    },
    timeout: {
      title: 'Esto está tardando demasiado',
      message: 'El servidor tardó demasiado en responder. Inténtelo de nuevo.',
    },
    network: {
      title: 'No se pudo conectar',
      message: 'Compruebe su conexión a internet e inténtelo de nuevo.',
    },
    cancelled: {
      title: 'Solicitud cancelada',
      message: 'La solicitud se canceló antes de terminar.',
    },
    client: {
      title: 'No se pudo realizar',
      message:
        'No se pudo completar la solicitud. Inténtelo de nuevo o, si sigue ocurriendo, póngase en contacto con el equipo de soporte.',
    },
    unknown: {
      title: 'Algo salió mal',
      message:
        'Ocurrió algo inesperado. Inténtelo de nuevo o, si sigue ocurriendo, póngase en contacto con el equipo de soporte.',
    },
  },
  errorPrefix: 'Error:',
  summaryTitle: 'Hay un problema',
  reference: 'Referencia: {id}',
  retryNow: 'Reintentar ahora',
  stop: 'Detener',
  tryAgain: 'Volver a intentarlo',
  retryingIn: {
    one: 'Nuevo intento en {count} segundo',
    many: 'Nuevo intento en {count} de segundos',
    other: 'Nuevo intento en {count} segundos',
  },
  retryingInMinutes: {
    one: 'Nuevo intento en {count} minuto',
    many: 'Nuevo intento en {count} de minutos',
    other: 'Nuevo intento en {count} minutos',
  },
  attempt: 'Intento {attempt} de {max}',
  paused: 'En pausa mientras no tenga conexión. Continuará cuando vuelva a estar en línea.',
  stopped: 'Los reintentos automáticos están detenidos.',
  willRetry: 'Lo volveremos a intentar automáticamente.',
  retrying: 'Intentándolo de nuevo.',
  exhausted: 'Lo intentamos varias veces sin éxito.',
  notRetried: 'No se volvió a enviar automáticamente, para que nada se envíe dos veces.',
  signInAgain: 'Volver a iniciar sesión',
  signingIn: 'Iniciando sesión…',
  signInFailed: 'No se pudo iniciar sesión. Inténtelo de nuevo.',
  askForAccess: 'Para obtener acceso, hable con {contact}.',
  requestAccess: 'Solicitar acceso',
  fields: {
    required: 'Este campo es obligatorio.',
    taken: 'Este valor ya está en uso.',
    invalid: 'Revise esta respuesta.',
  },
  statusPage: 'Consultar el estado del servicio',
  contactSupport: 'Contactar con soporte',
  signedIn: 'Ha vuelto a iniciar sesión',
  notSentYet: 'Lo que ha escrito aún no se ha enviado. Vuelva a enviarlo cuando esté listo.',
  sendAgain: 'Volver a enviar',
};
