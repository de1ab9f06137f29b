import { useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { ProblemNotice } from '../ui/status.js';
import { useSession } from './session.js';

export function SignInPage() {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<CombinedError | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const refused = await signIn(email.trim(), password);
    setBusy(false);
    setError(refused ?? undefined);
  }

  return (
    <main id="main" className="sign-in">
      <h1>Maternity hospital</h1>
      <form onSubmit={submit} aria-label="Sign in">
        <label>
          E-mail
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <ProblemNotice error={error} words={{ UNAUTHENTICATED: 'That e-mail and password do not match an account.' }} />
      </form>
    </main>
  );
}
