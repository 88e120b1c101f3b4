import { api, session } from '../api.js';
import { signIn } from './sign-in.js';

/** Entrar: a tenant's user signs in to the app. */
export function render(root, ctx) {
  signIn(root, {
    title: 'Entrar',
    subtitle: 'Acesse o painel de prospecção da sua empresa.',
    login: api.login,
    done: (reply) => {
      session.start(reply.access_token);
      ctx.signedIn(reply.user);
      ctx.navigate(ctx.afterLogin ?? 'marketplace');
    },
  });
}
