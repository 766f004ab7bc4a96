import type { ErrorKitMessages } from './types';

/**
 * The French catalog. Plain language with "vous": say what happened and what to do next,
 * without status numbers or jargon. Import it from `errorkit/locales/fr`.
 *
 * French typography puts a no-break space (`\u00a0`) before a colon. `retryingIn` has the three
 * French plural forms: `one` (0 and 1), `many` ("1 000 000 de secondes") and `other`.
 */
export const fr: ErrorKitMessages = {
  locale: 'fr',
  dir: 'ltr',
  kinds: {
    validation: {
      title: 'Vérifiez vos informations',
      message:
        'Certaines informations que vous avez saisies doivent être corrigées. Vérifiez-les, puis réessayez.',
    },
    unauthenticated: {
      title: 'Votre session a expiré',
      message:
        'Reconnectez-vous pour continuer. Ce que vous avez saisi sur cette page est conservé.',
    },
    forbidden: {
      title: 'Vous n’avez pas accès',
      message:
        'Votre compte ne permet pas de faire cela. Demandez l’accès à un administrateur si vous en avez besoin.',
    },
    'not-found': {
      title: 'Introuvable',
      message:
        'Nous n’avons pas trouvé ce que vous cherchez. Cet élément a peut-être été déplacé ou supprimé.',
    },
    conflict: {
      title: 'Le contenu a changé',
      message:
        'Cette action entre en conflit avec une modification faite ailleurs. Actualisez la page pour voir la dernière version, puis réessayez.',
    },
    'rate-limited': {
      title: 'Trop de demandes',
      message:
        'Vous avez fait trop de demandes en peu de temps. Attendez un instant, puis réessayez.',
    },
    unavailable: {
      title: 'Service indisponible',
      message: 'Le service n’est pas disponible pour le moment. Réessayez dans quelques minutes.',
    },
    server: {
      title: 'Un problème est survenu',
      message: 'Un problème est survenu sur le serveur. Réessayez plus tard.',
    },
    timeout: {
      title: 'Cela prend trop de temps',
      message: 'Le serveur a mis trop de temps à répondre. Réessayez.',
    },
    network: {
      title: 'Connexion impossible',
      message: 'Vérifiez votre connexion internet, puis réessayez.',
    },
    cancelled: {
      title: 'Demande annulée',
      message: 'La demande a été annulée avant d’aboutir.',
    },
    client: {
      title: 'Action impossible',
      message:
        'La demande n’a pas pu aboutir. Réessayez, ou contactez l’assistance si le problème persiste.',
    },
    unknown: {
      title: 'Un problème est survenu',
      message:
        'Un problème inattendu est survenu. Réessayez, ou contactez l’assistance si le problème persiste.',
    },
  },
  errorPrefix: 'Erreur\u00a0:',
  summaryTitle: 'Il y a un problème',
  reference: 'Référence\u00a0: {id}',
  retryNow: 'Réessayer maintenant',
  stop: 'Arrêter',
  tryAgain: 'Réessayer',
  retryingIn: {
    one: 'Nouvelle tentative dans {count} seconde',
    many: 'Nouvelle tentative dans {count} de secondes',
    other: 'Nouvelle tentative dans {count} secondes',
  },
  retryingInMinutes: {
    one: 'Nouvelle tentative dans {count} minute',
    many: 'Nouvelle tentative dans {count} de minutes',
    other: 'Nouvelle tentative dans {count} minutes',
  },
  attempt: 'Tentative {attempt} sur {max}',
  paused:
    'En pause tant que vous êtes hors ligne. Les tentatives reprendront dès que vous serez de nouveau en ligne.',
  stopped: 'Les nouvelles tentatives automatiques sont arrêtées.',
  willRetry: 'Nous allons réessayer automatiquement.',
  retrying: 'Nouvelle tentative en cours.',
  exhausted: 'Nous avons essayé plusieurs fois, sans succès.',
  notRetried:
    'La demande n’a pas été renvoyée automatiquement, pour que rien ne soit envoyé deux fois.',
  signInAgain: 'Se reconnecter',
  signingIn: 'Connexion en cours…',
  signInFailed: 'La connexion n’a pas abouti. Réessayez.',
  askForAccess: 'Pour obtenir l’accès, contactez {contact}.',
  requestAccess: 'Demander l’accès',
  fields: {
    required: 'Ce champ est obligatoire.',
    taken: 'Cette valeur est déjà utilisée.',
    invalid: 'Vérifiez cette réponse.',
  },
  statusPage: 'Consulter l’état du service',
  contactSupport: 'Contacter l’assistance',
  signedIn: 'Vous êtes reconnecté',
  notSentYet: 'Ce que vous avez saisi n’a pas encore été envoyé. Renvoyez-le quand vous êtes prêt.',
  sendAgain: 'Renvoyer',
};
