import type { ErrorKitMessages } from './types';

/**
 * The Brazilian Portuguese catalog. Plain language with "você": say what happened and what to do
 * next, without status numbers or jargon. Import it from `errorkit/locales/pt-BR`.
 *
 * `retryingIn` has the three Portuguese plural forms: `one` (0 and 1), `many`
 * ("1.000.000 de segundos") and `other`.
 */
export const ptBR: ErrorKitMessages = {
  locale: 'pt-BR',
  dir: 'ltr',
  kinds: {
    validation: {
      title: 'Verifique seus dados',
      message:
        'Alguns dados que você informou precisam ser corrigidos. Verifique-os e tente novamente.',
    },
    unauthenticated: {
      title: 'Sua sessão expirou',
      message:
        'Faça login novamente para continuar. O que você digitou nesta página não será perdido.',
    },
    forbidden: {
      title: 'Você não tem acesso',
      message:
        'Sua conta não tem permissão para fazer isso. Se precisar de acesso, peça a um administrador.',
    },
    'not-found': {
      title: 'Não encontrado',
      message: 'Não encontramos o que você procurava. Talvez tenha sido movido ou excluído.',
    },
    conflict: {
      title: 'Houve uma alteração',
      message:
        'Isso entra em conflito com uma alteração feita em outro lugar. Atualize a página para ver a versão mais recente e tente novamente.',
    },
    'rate-limited': {
      title: 'Muitas solicitações',
      message: 'Você fez muitas solicitações em pouco tempo. Aguarde um momento e tente novamente.',
    },
    unavailable: {
      title: 'Serviço indisponível',
      message: 'O serviço não está disponível no momento. Tente novamente em alguns minutos.',
    },
    server: {
      title: 'Algo deu errado',
      message: 'Algo deu errado no servidor. Tente novamente mais tarde.',
    },
    timeout: {
      title: 'Isso está demorando demais',
      message: 'O servidor demorou demais para responder. Tente novamente.',
    },
    network: {
      title: 'Não foi possível conectar',
      message: 'Verifique sua conexão com a internet e tente novamente.',
    },
    cancelled: {
      title: 'Solicitação cancelada',
      message: 'A solicitação foi cancelada antes de terminar.',
    },
    client: {
      title: 'Não foi possível concluir',
      message:
        'Não foi possível concluir a solicitação. Tente novamente ou fale com o suporte se isso continuar acontecendo.',
    },
    unknown: {
      title: 'Algo deu errado',
      message:
        'Aconteceu algo inesperado. Tente novamente ou fale com o suporte se isso continuar acontecendo.',
    },
  },
  errorPrefix: 'Erro:',
  summaryTitle: 'Há um problema',
  reference: 'Referência: {id}',
  retryNow: 'Tentar agora',
  stop: 'Parar',
  tryAgain: 'Tentar novamente',
  retryingIn: {
    one: 'Nova tentativa em {count} segundo',
    many: 'Nova tentativa em {count} de segundos',
    other: 'Nova tentativa em {count} segundos',
  },
  retryingInMinutes: {
    one: 'Nova tentativa em {count} minuto',
    many: 'Nova tentativa em {count} de minutos',
    other: 'Nova tentativa em {count} minutos',
  },
  attempt: 'Tentativa {attempt} de {max}',
  paused:
    'Em pausa enquanto você estiver sem conexão. As tentativas continuam assim que a conexão voltar.',
  stopped: 'As novas tentativas automáticas foram interrompidas.',
  willRetry: 'Vamos tentar de novo automaticamente.',
  retrying: 'Tentando de novo.',
  exhausted: 'Tentamos várias vezes, sem sucesso.',
  notRetried: 'Isso não foi reenviado automaticamente, para que nada seja enviado duas vezes.',
  signInAgain: 'Fazer login novamente',
  signingIn: 'Fazendo login…',
  signInFailed: 'Não foi possível fazer login. Tente novamente.',
  askForAccess: 'Para ter acesso, fale com {contact}.',
  requestAccess: 'Solicitar acesso',
  fields: {
    required: 'Este campo é obrigatório.',
    taken: 'Este valor já está em uso.',
    invalid: 'Confira esta resposta.',
  },
  statusPage: 'Ver o status do serviço',
  contactSupport: 'Falar com o suporte',
  signedIn: 'Você entrou novamente',
  notSentYet: 'O que você digitou ainda não foi enviado. Envie de novo quando estiver pronto.',
  sendAgain: 'Enviar de novo',
};
