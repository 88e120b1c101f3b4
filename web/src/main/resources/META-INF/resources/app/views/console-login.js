import { operatorApi, operatorSession } from '../api.js';
import { signIn } from './sign-in.js';

/** The console's Entrar: a platform operator (never a tenant's user) signs in. */
export function render(root, ctx) {
  signIn(root, {
    title: 'Console de operação',
    subtitle: 'Para operadores da plataforma: filas, mensagens mortas e temporizadores.',
    login: operatorApi.login,
    done: (reply) => {
      operatorSession.start(reply.access_token);
      ctx.navigate('filas');
    },
  });
}
